using AstroDL.Astro.Fits;
using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>
/// A two-dimensional IRAF image read from its header (.imh) and pixel (.pix) files. <see cref="Pixels"/> holds the
/// values row by row, row 0 being the image's first line (the bottom one, as IRAF and ds9 display it), as in FITS.
/// </summary>
public sealed class IrafImage
{
    internal IrafImage(string title, int width, int height, float[] pixels, IReadOnlyList<FitsCard> cards, string headerFile, string pixelFile)
    {
        Title = title;
        Width = width;
        Height = height;
        Pixels = pixels;
        Cards = cards;
        HeaderFile = headerFile;
        PixelFile = pixelFile;
    }

    /// <summary>The image title, e.g. "m51  B  600s".</summary>
    public string Title { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Width × Height values in the file's units (counts for a CCD frame), row after row.</summary>
    public float[] Pixels { get; }

    /// <summary>The header's keyword cards (the IRAF user area), in file order.</summary>
    public IReadOnlyList<FitsCard> Cards { get; }

    public string HeaderFile { get; }

    public string PixelFile { get; }

    /// <summary>The value of the first card called <paramref name="key"/>, or null.</summary>
    public object? this[string key] => Cards.FirstOrDefault(c => c.Key == key)?.Value;

    /// <summary>The pixels as float32 [Height, Width].</summary>
    public Tensor tensor() => torch.tensor(Pixels, [Height, Width]);

    public override string ToString() => $"IRAF image '{Title}': {Width}×{Height} from {HeaderFile}";
}
