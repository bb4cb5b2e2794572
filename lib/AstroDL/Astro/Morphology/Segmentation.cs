namespace AstroDL.Astro.Morphology;

/// <summary>A simple segmentation: pixels above a threshold of sky sigmas, connected to the brightest pixel.</summary>
public static class Segmentation
{
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
