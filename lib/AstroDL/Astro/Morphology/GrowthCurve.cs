namespace AstroDL.Astro.Morphology;

/// <summary>
/// The light inside circles about the centroid, from the masked pixels sorted by distance: the radius that encloses a
/// fraction of the masked flux, interpolated between pixel centres.
/// </summary>
public static class GrowthCurve
{
    public static double RadiusEnclosing(MaskedImage image, double fraction)
    {
        if (!(fraction > 0 && fraction < 1)) throw new ArgumentException($"growth curve: fraction {fraction} must lie in (0, 1).", nameof(fraction));
        var (cx, cy) = image.Centroid;
        double target = fraction * image.Flux, sum = 0, previous = 0;
        foreach (var (radius, value) in image.Masked
                     .Select(i => (Math.Sqrt(Math.Pow(i % image.Width - cx, 2) + Math.Pow(i / image.Width - cy, 2)), (double)image.Pixels[i]))
                     .OrderBy(p => p.Item1))
        {
            if (value > 0 && sum + value >= target) return previous + (radius - previous) * (target - sum) / value;
            sum += value;
            previous = radius;
        }
        return previous;
    }
}
