namespace AstroDL.Astro.Morphology;

/// <summary>
/// M20 = log10(Σ M_i / M_tot) over the brightest pixels that hold 20% of the light, M_i = f_i r_i² about the centroid
/// (which minimises M_tot; Lotz et al. 2004): about −2 for concentrated ellipticals, above −1.5 for clumpy mergers.
/// </summary>
public static class M20
{
    public static double Measure(MaskedImage image)
    {
        var (cx, cy) = image.Centroid;
        var pixels = image.Masked
            .Select(i => (Flux: (double)image.Pixels[i], Moment: image.Pixels[i] * (Math.Pow(i % image.Width - cx, 2) + Math.Pow(i / image.Width - cy, 2))))
            .OrderByDescending(p => p.Flux).ToArray();
        double total = pixels.Sum(p => p.Moment), target = 0.2 * pixels.Sum(p => p.Flux), flux = 0, moment = 0;
        foreach (var p in pixels)
        {
            if (flux >= target) break;
            (flux, moment) = (flux + p.Flux, moment + p.Moment);
        }
        return Math.Log10(moment / total);
    }
}
