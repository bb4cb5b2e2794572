namespace AstroDL.Astro.Morphology;

/// <summary>
/// Rotational asymmetry A = Σ|I − I₁₈₀| / Σ|I| − A_bkg over the mask (Conselice 2003), minimised over centres on a
/// half-pixel grid near the centroid, where the 180° rotation maps pixels onto pixels without interpolation. The
/// background term is the noise's own share: E|n₁ − n₂| = 2σ/√π per pixel of Gaussian sky noise σ.
/// </summary>
public static class Asymmetry
{
    private const int SearchHalfSteps = 4;

    public static double Measure(MaskedImage image, double skySigma = 0)
    {
        if (!(skySigma >= 0)) throw new ArgumentException($"asymmetry: sky sigma {skySigma} must be ≥ 0.", nameof(skySigma));
        var (cx, cy) = image.Centroid;
        int x2 = (int)Math.Round(2 * cx), y2 = (int)Math.Round(2 * cy);
        double best = double.PositiveInfinity;
        for (int dy = -SearchHalfSteps; dy <= SearchHalfSteps; dy++)
        {
            for (int dx = -SearchHalfSteps; dx <= SearchHalfSteps; dx++) best = Math.Min(best, About(image, x2 + dx, y2 + dy, skySigma));
        }
        return best;
    }

    /// <summary>A for the rotation about (twiceX / 2, twiceY / 2); a rotated pixel off the image counts as sky (0).</summary>
    private static double About(MaskedImage image, int twiceX, int twiceY, double skySigma)
    {
        double difference = 0, total = 0;
        int count = 0;
        foreach (int i in image.Masked)
        {
            int x = twiceX - i % image.Width, y = twiceY - i / image.Width;
            double rotated = x >= 0 && y >= 0 && x < image.Width && y < image.Height ? image.Pixels[y * image.Width + x] : 0;
            difference += Math.Abs(image.Pixels[i] - rotated);
            total += Math.Abs(image.Pixels[i]);
            count++;
        }
        return (difference - count * 2 * skySigma / Math.Sqrt(Math.PI)) / total;
    }
}
