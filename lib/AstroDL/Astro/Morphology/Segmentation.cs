namespace AstroDL.Astro.Morphology;

/// <summary>
/// Simple segmentations: pixels above a threshold of sky sigmas, connected to the brightest pixel; for faint galaxies,
/// the same on a smoothed copy of the image (a matched filter, as SExtractor detects), which sees light spread below
/// the noise of any single pixel.
/// </summary>
public static class Segmentation
{
    /// <summary>
    /// The mask of the connected region that holds the brightest pixel of the image smoothed by a Gaussian of
    /// <paramref name="smoothing"/> pixels (sigma), where the smoothed image is ≥ <paramref name="sigmas"/> times its own
    /// noise (<see cref="SmoothedNoise"/>). Measure on the original pixels.
    /// </summary>
    public static bool[] Detect(float[] pixels, int width, int height, double skySigma, double sigmas = 2, double smoothing = 1) =>
        AboveSky(Smooth(pixels, width, height, smoothing), width, height, SmoothedNoise(skySigma, smoothing), sigmas);

    /// <summary>The image convolved with a normalised Gaussian of <paramref name="smoothing"/> pixels (sigma), edge pixels repeated.</summary>
    public static float[] Smooth(float[] pixels, int width, int height, double smoothing)
    {
        if (pixels.Length != width * height)
            throw new ArgumentException($"segmentation: {pixels.Length} pixels do not make a {width} × {height} image.", nameof(pixels));
        var weights = Kernel(smoothing);
        return Convolve(Convolve(pixels, width, height, weights, alongRows: true), width, height, weights, alongRows: false);
    }

    /// <summary>The sigma of white sky noise <paramref name="skySigma"/> after <see cref="Smooth"/>: σ √(Σ (w wᵀ)²) = σ Σ w².</summary>
    public static double SmoothedNoise(double skySigma, double smoothing) => skySigma * Kernel(smoothing).Sum(w => w * w);

    private static double[] Kernel(double smoothing)
    {
        if (!(smoothing > 0 && smoothing <= 10)) throw new ArgumentException($"segmentation: smoothing {smoothing} must lie in (0, 10] pixels.", nameof(smoothing));
        int reach = (int)Math.Ceiling(3 * smoothing);
        var weights = Enumerable.Range(-reach, 2 * reach + 1).Select(d => Math.Exp(-0.5 * d * d / (smoothing * smoothing))).ToArray();
        double norm = weights.Sum();
        return weights.Select(w => w / norm).ToArray();
    }

    private static float[] Convolve(float[] image, int width, int height, double[] weights, bool alongRows)
    {
        int reach = weights.Length / 2;
        var result = new float[image.Length];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                double sum = 0;
                for (int k = -reach; k <= reach; k++)
                {
                    int sx = alongRows ? Math.Clamp(x + k, 0, width - 1) : x, sy = alongRows ? y : Math.Clamp(y + k, 0, height - 1);
                    sum += weights[k + reach] * image[sy * width + sx];
                }
                result[y * width + x] = (float)sum;
            }
        return result;
    }

    /// <summary>
    /// The mask of the 4-connected region of pixels ≥ <paramref name="sigmas"/> × <paramref name="skySigma"/> that holds
    /// the brightest pixel; other sources above the threshold stay out.
    /// </summary>
    public static bool[] AboveSky(float[] pixels, int width, int height, double skySigma, double sigmas = 2)
    {
        if (pixels.Length != width * height)
            throw new ArgumentException($"segmentation: {pixels.Length} pixels do not make a {width} × {height} image.", nameof(pixels));
        if (!(skySigma >= 0 && sigmas > 0)) throw new ArgumentException($"segmentation: sky sigma {skySigma} must be ≥ 0 and sigmas {sigmas} > 0.");
        float threshold = (float)(sigmas * skySigma);
        var mask = new bool[pixels.Length];
        int start = Array.IndexOf(pixels, pixels.Max());
        if (pixels[start] < threshold) return mask;
        var queue = new Queue<int>([start]);
        mask[start] = true;
        while (queue.TryDequeue(out int p))
        {
            int x = p % width, y = p / width;
            foreach (var (nx, ny) in new[] { (x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1) })
            {
                int q = ny * width + nx;
                if (nx < 0 || ny < 0 || nx >= width || ny >= height || mask[q] || pixels[q] < threshold) continue;
                mask[q] = true;
                queue.Enqueue(q);
            }
        }
        return mask;
    }
}
