using static AstroDL.torch;

namespace AstroDL.Plotting;

/// <summary>
/// A batch of images in rows, each with its true label under it and, when given, the model's prediction (green when
/// right, red when wrong) and a caption of its own (a confidence, an index). Pixels are embedded as PNG; one brightness range is shared by the whole batch.
/// </summary>
public sealed class ImageGrid : Chart
{
    private const double CaptionLine = 13;
    private const double Gap = 4;

    private readonly List<RasterImage> images = [];
    private readonly long[]? labels;
    private readonly long[]? predictions;
    private readonly IReadOnlyList<string>? classNames;
    private readonly string[]? captions;
    private readonly int columns;
    private readonly double scale;

    /// <summary>
    /// Images [N, H, W] or [N, C, H, W] (C = 1 or 3); at most <paramref name="limit"/> are shown. <paramref name="captions"/>
    /// adds one line of text under each image, after its label and prediction.
    /// </summary>
    public ImageGrid(Tensor images, Values? labels = null, Values? predictions = null, IReadOnlyList<string>? class_names = null,
        int columns = 8, double? scale = null, int limit = 64, IReadOnlyList<string>? captions = null)
    {
        var shape = images.shape;
        if (shape.Length is not (3 or 4))
            throw new ArgumentException($"ImageGrid: expected images [N, H, W] or [N, C, H, W], got shape {images.ShapeText}.");
        var count = (int)Math.Min(shape[0], limit);
        var range = RasterImage.Range(TensorData.Doubles(images.narrow(0, 0, count)));
        for (int i = 0; i < count; i++) this.images.Add(RasterImage.FromTensor(images.select(0, i), range));
        this.labels = labels is { } l ? ClassIds(l, count, "labels") : null;
        this.predictions = predictions is { } p ? ClassIds(p, count, "predictions") : null;
        classNames = class_names;
        this.captions = captions is null
            ? null
            : captions.Count >= count ? captions.Take(count).ToArray() : throw new ArgumentException($"ImageGrid: {captions.Count} captions for {count} images.");
        this.columns = Math.Max(1, Math.Min(columns, Math.Max(1, count)));
        var imageWidth = this.images.Count == 0 ? 28 : this.images[0].Width;
        this.scale = scale ?? Math.Max(1, Math.Round(56.0 / imageWidth));
    }

    public int Count => images.Count;

    /// <summary>How many shown images have a prediction different from their label.</summary>
    public int Misclassified => labels is null || predictions is null ? 0 : labels.Zip(predictions).Count(p => p.First != p.Second);

    public override double Width => columns * (CellWidth + Gap) + Gap;

    public override double Height => Rows * (CellHeight + Gap) + Gap;

    private int Rows => (images.Count + columns - 1) / columns;

    private double ImageWidth => (images.Count == 0 ? 28 : images[0].Width) * scale;

    private double ImageHeight => (images.Count == 0 ? 28 : images[0].Height) * scale;

    /// <summary>Wide enough for the picture and for the longest caption under it, so neighbouring captions never touch.</summary>
    private double CellWidth => Math.Max(Math.Max(ImageWidth, 40), LongestCaption * SvgWriter.FontSize * 0.6 + 6);

    private int LongestCaption =>
        (labels ?? []).Concat(predictions ?? []).Select(c => Name(c).Length).Concat((captions ?? []).Select(c => c.Length)).DefaultIfEmpty(0).Max();

    private double CellHeight => ImageHeight + CaptionLine * ((labels is null ? 0 : 1) + (predictions is null ? 0 : 1) + (captions is null ? 0 : 1)) + 2;

    public override string ToString()
    {
        var size = images.Count == 0 ? "" : $" {images[0].Height}x{images[0].Width}";
        var errors = labels is not null && predictions is not null ? $", {Misclassified} misclassified" : "";
        return $"ImageGrid: {images.Count} images{size}{errors}";
    }

    internal override void Render(SvgWriter svg)
    {
        for (int i = 0; i < images.Count; i++)
        {
            var x = Gap + i % columns * (CellWidth + Gap);
            var y = Gap + i / columns * (CellHeight + Gap);
            var centre = x + CellWidth / 2;
            svg.Image(centre - ImageWidth / 2, y, ImageWidth, ImageHeight, images[i].ToPng());
            var line = y + ImageHeight + CaptionLine - 2;
            if (labels is not null)
            {
                svg.Text(centre, line, Name(labels[i]), "middle");
                line += CaptionLine;
            }
            if (predictions is not null)
            {
                var right = labels is null || labels[i] == predictions[i];
                svg.Text(centre, line, Name(predictions[i]), "middle", fill: right ? "#2ca02c" : "#d62728", bold: !right);
                line += CaptionLine;
            }
            if (captions is not null) svg.Text(centre, line, captions[i], "middle", fill: "#555555");
        }
    }

    private static long[] ClassIds(Values values, int count, string what) =>
        values.Count >= count
            ? values.Data.Take(count).Select(v => (long)v).ToArray()
            : throw new ArgumentException($"ImageGrid: {values.Count} {what} for {count} images.");

    private string Name(long c) => classNames is not null && c >= 0 && c < classNames.Count ? classNames[(int)c] : c.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
