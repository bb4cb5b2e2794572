using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>
/// A block of a Galaxy10 file as tensors, with the coordinates the DECaLS file holds:
/// <c>var (images, labels) = Galaxy10.Load(limit: 2000);</c>
/// </summary>
public sealed class Galaxy10Images
{
    internal Galaxy10Images(Galaxy10Spec spec, long start, long fileCount, Tensor images, Tensor labels, Galaxy10Extras extras, string source)
    {
        DataSet = spec.Title;
        Variant = spec.Variant;
        Start = start;
        FileCount = fileCount;
        Images = images;
        Labels = labels;
        Classes = spec.Classes;
        Ra = extras.Ra;
        Dec = extras.Dec;
        Redshift = extras.Redshift;
        PixelScale = extras.PixelScale;
        Source = source;
    }

    /// <summary>The data set's name, e.g. Galaxy10 DECaLS.</summary>
    public string DataSet { get; }

    public Galaxy10Variant Variant { get; }

    /// <summary>float32 [N, 3, H, W], pixel values byte / 255 in [0, 1]; the bands are g, r, z (DECaLS) or g, r, i (SDSS).</summary>
    public Tensor Images { get; }

    /// <summary>int64 [N], class indices into <see cref="Classes"/>.</summary>
    public Tensor Labels { get; }

    /// <summary>The class names, by label.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Right ascension in degrees, float64 [N]; null when the file has none (Galaxy10 SDSS).</summary>
    public Tensor? Ra { get; }

    /// <summary>Declination in degrees, float64 [N]; null when the file has none.</summary>
    public Tensor? Dec { get; }

    /// <summary>Redshift, float64 [N]; null when the file has none.</summary>
    public Tensor? Redshift { get; }

    /// <summary>Pixel scale in arcseconds per pixel, float64 [N]; null when the file has none.</summary>
    public Tensor? PixelScale { get; }

    /// <summary>The file's index of the first image here.</summary>
    public long Start { get; }

    /// <summary>How many images the whole file holds.</summary>
    public long FileCount { get; }

    /// <summary>Where the file was read from, in words and as a path.</summary>
    public string Source { get; }

    /// <summary>The number of images here.</summary>
    public long Count => Labels.size(0);

    public void Deconstruct(out Tensor images, out Tensor labels) => (images, labels) = (Images, Labels);

    public override string ToString() =>
        $"{DataSet}: {Count:N0} images {Images.ShapeText}" + (Count == FileCount ? "" : $" (from {Start:N0}, of {FileCount:N0})") + $" from {Source}";
}
