namespace AstroDL.Astro.Morphology;

/// <summary>
/// Ellipticity 1 − b/a and the major axis' position angle (radians from the x axis, towards +y) from the flux-weighted
/// second moments of the masked pixels: b/a is the square root of the moment tensor's eigenvalue ratio.
/// </summary>
public static class Ellipticity
{
    public static (double Ellipticity, double PositionAngle) Measure(MaskedImage image)
    {
        var (cx, cy) = image.Centroid;
        double sum = 0, xx = 0, yy = 0, xy = 0;
        foreach (int i in image.Masked)
        {
            double f = image.Pixels[i], dx = i % image.Width - cx, dy = i / image.Width - cy;
            (sum, xx, yy, xy) = (sum + f, xx + f * dx * dx, yy + f * dy * dy, xy + f * dx * dy);
        }
        (xx, yy, xy) = (xx / sum, yy / sum, xy / sum);
        double mean = 0.5 * (xx + yy), spread = Math.Sqrt(0.25 * (xx - yy) * (xx - yy) + xy * xy);
        return (1 - Math.Sqrt((mean - spread) / (mean + spread)), 0.5 * Math.Atan2(2 * xy, xx - yy));
    }
}
