namespace AstroDL.Astro.Morphology;

/// <summary>
/// Smoothness (clumpiness) S = Σ max(0, I − I_s) / Σ I over the mask (Conselice 2003; Lotz et al. 2004), I_s the image
/// through a boxcar of width 0.25 r_p. The Petrosian radius is taken as r_p ≈ 2 r50 (exact for n ≈ 1), and the
/// centre inside 0.25 r_p is left out: every profile's cusp would count as a clump there.
/// </summary>
public static class Smoothness
{
    public static double Measure(MaskedImage image)
    {
        double petrosian = 2 * HalfLightRadius.Measure(image);
        int half = Math.Max(1, (int)Math.Round(0.125 * petrosian));
        var (cx, cy) = image.Centroid;
        double clumps = 0, total = 0, inner2 = Math.Pow(0.25 * petrosian, 2);
        foreach (int i in image.Masked)
        {
            int x = i % image.Width, y = i / image.Width;
            total += image.Pixels[i];
            if (Math.Pow(x - cx, 2) + Math.Pow(y - cy, 2) < inner2) continue;
            clumps += Math.Max(0, image.Pixels[i] - Boxcar(image, x, y, half));
        }
        return clumps / total;
    }

    private static double Boxcar(MaskedImage image, int x, int y, int half)
    {
        double sum = 0;
        int count = 0;
        for (int v = Math.Max(0, y - half); v <= Math.Min(image.Height - 1, y + half); v++)
        {
            for (int u = Math.Max(0, x - half); u <= Math.Min(image.Width - 1, x + half); u++, count++) sum += image.Pixels[v * image.Width + u];
        }
        return sum / count;
    }
}
