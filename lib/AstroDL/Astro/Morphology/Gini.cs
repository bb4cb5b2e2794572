namespace AstroDL.Astro.Morphology;

/// <summary>
/// The Gini coefficient of the masked pixels' |flux| (Lotz et al. 2004): G = Σ (2i − n − 1) |X_i| / (|X̄| n (n − 1)),
/// sorted ascending; 0 when all pixels are equal, 1 when one pixel has all the light.
/// </summary>
public static class Gini
{
    public static double Measure(MaskedImage image)
    {
        var values = image.Masked.Select(i => Math.Abs((double)image.Pixels[i])).Order().ToArray();
        int n = values.Length;
        double mean = values.Average();
        if (n < 2 || mean == 0) throw new ArgumentException($"Gini: needs ≥ 2 masked pixels with light, got {n} with mean {mean}.");
        double sum = 0;
        for (int i = 0; i < n; i++) sum += (2 * (i + 1) - n - 1) * values[i];
        return sum / (mean * n * (n - 1));
    }
}
