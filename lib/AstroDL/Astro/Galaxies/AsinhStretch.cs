using static AstroDL.torch;

namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Lupton et al. (2004)'s display stretch: the mean over bands I is mapped to asinh(I/softening), and every band is
/// scaled by the same factor so that colours keep their ratios; faint light is linear, bright light logarithmic.
/// </summary>
public static class AsinhStretch
{
    /// <summary>
    /// Stretches images [bands, H, W] or [N, bands, H, W]; <paramref name="softening"/> is where the stretch turns from
    /// linear to logarithmic, and <paramref name="maximum"/> (in softenings) maps to 1.
    /// </summary>
    public static Tensor Apply(Tensor images, double softening, double maximum = 300)
    {
        if (images.ndim is not (3 or 4))
            throw new ArgumentException($"AsinhStretch: expected images [bands, H, W] or [N, bands, H, W], got {images.ShapeText}.", nameof(images));
        if (!(softening > 0)) throw new ArgumentException($"AsinhStretch: softening {softening} must be > 0.", nameof(softening));
        if (!(maximum > 0)) throw new ArgumentException($"AsinhStretch: maximum {maximum} must be > 0.", nameof(maximum));
        var shape = images.shape;
        int bands = (int)shape[^3], plane = (int)(shape[^1] * shape[^2]);
        var values = images.contiguous().data<float>().ToArray();
        double norm = 1 / Math.Asinh(maximum);
        for (int start = 0; start < values.Length; start += bands * plane)
        {
            for (int p = 0; p < plane; p++)
            {
                double mean = 0;
                for (int b = 0; b < bands; b++) mean += values[start + b * plane + p];
                mean /= bands * softening;
                // asinh(I)/I → 1 as I → 0.
                double factor = Math.Abs(mean) < 1e-6 ? 1 : Math.Asinh(mean) / mean;
                for (int b = 0; b < bands; b++) values[start + b * plane + p] = (float)(values[start + b * plane + p] / softening * factor * norm);
            }
        }
        return tensor(values, shape);
    }
}
