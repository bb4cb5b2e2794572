namespace AstroDL.Astro.Morphology;

/// <summary>
/// A sky-subtracted single-band image (row-major, <paramref name="Width"/> × <paramref name="Height"/>) and the
/// segmentation mask of the galaxy to measure: every measurement uses only the masked pixels.
/// </summary>
public sealed record MaskedImage
{
    public MaskedImage(float[] pixels, int width, int height, bool[] mask)
    {
        if (width < 1 || height < 1 || pixels.Length != width * height)
            throw new ArgumentException($"morphology: {pixels.Length} pixels do not make a {width} × {height} image.", nameof(pixels));
        if (mask.Length != pixels.Length)
            throw new ArgumentException($"morphology: the mask has {mask.Length} pixels, the image {pixels.Length}; pass one of the same size.", nameof(mask));
        if (!mask.Contains(true)) throw new ArgumentException("morphology: the mask is empty; lower the segmentation threshold.", nameof(mask));
        (Pixels, Width, Height, Mask) = (pixels, width, height, mask);
    }

    public float[] Pixels { get; }

    public int Width { get; }

    public int Height { get; }

    public bool[] Mask { get; }

    /// <summary>The indices of the masked pixels.</summary>
    internal IEnumerable<int> Masked => Enumerable.Range(0, Pixels.Length).Where(i => Mask[i]);

    /// <summary>The sum of the masked pixels.</summary>
    internal double Flux => Masked.Sum(i => (double)Pixels[i]);

    /// <summary>The flux-weighted centre (x, y) of the masked pixels, in pixels from the top-left pixel's centre.</summary>
    internal (double X, double Y) Centroid
    {
        get
        {
            double sum = 0, x = 0, y = 0;
            foreach (int i in Masked)
            {
                double f = Pixels[i];
                (sum, x, y) = (sum + f, x + f * (i % Width), y + f * (i / Width));
            }
            if (!(sum > 0)) throw new ArgumentException($"morphology: the masked flux is {sum}; the galaxy needs positive light in its mask.");
            return (x / sum, y / sum);
        }
    }
}
