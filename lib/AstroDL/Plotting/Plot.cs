using static AstroDL.torch;

namespace AstroDL.Plotting;

/// <summary>
/// One-line charts for notebooks; each returns a <see cref="Figure"/> (or another <see cref="Chart"/>) that displays
/// itself as SVG and takes more layers: <c>Plot.Line(epochs, loss, label: "train").Line(epochs, val, label: "validation")</c>.
/// </summary>
public static partial class Plot
{
    public static Figure Line(Values x, Values y, string? label = null, string? title = null, string? xlabel = null, string? ylabel = null) =>
        new Figure(title, xlabel, ylabel).Line(x, y, label);

    /// <summary>y against its index 0, 1, 2, ...</summary>
    public static Figure Line(Values y, string? label = null, string? title = null, string? xlabel = null, string? ylabel = null) =>
        new Figure(title, xlabel, ylabel).Line(y, label);

    /// <summary>Dots, coloured by class when <paramref name="classes"/> is given.</summary>
    public static Figure Scatter(Values x, Values y, Values? classes = null, IReadOnlyList<string>? class_names = null, string? label = null,
        string? title = null, string? xlabel = null, string? ylabel = null) =>
        new Figure(title, xlabel, ylabel).Scatter(x, y, label, classes: classes, class_names: class_names);

    /// <summary>
    /// The rows of an [N, 2] tensor as points, coloured by class when <paramref name="classes"/> is given. (Its own name:
    /// a Scatter overload taking one tensor would make Scatter(xTensor, yTensor) ambiguous.)
    /// </summary>
    public static Figure ScatterPoints(Tensor points, Values? classes = null, IReadOnlyList<string>? class_names = null, string? title = null)
    {
        RequirePoints(points, "ScatterPoints");
        return Scatter(points.select(1, 0), points.select(1, 1), classes, class_names, title: title, xlabel: "x₁", ylabel: "x₂");
    }

    public static Figure Histogram(Values values, int bins = 20, string? label = null, string? title = null, string? xlabel = null,
        bool density = false) =>
        new Figure(title, xlabel, density ? "density" : "count").Histogram(values, bins, label, density: density);

    public static Figure Heatmap(double[,] values, bool annotate = false, string? title = null, Colormap? colormap = null) =>
        new Figure(title).Heatmap(values, colormap, annotate);

    /// <summary>A 2-D tensor as a heatmap (weights, attention, feature maps).</summary>
    public static Figure Heatmap(Tensor values, bool annotate = false, string? title = null, Colormap? colormap = null) =>
        Heatmap(TensorData.Matrix(values, "Heatmap"), annotate, title, colormap);

    /// <summary>One picture: [H, W] grayscale or [C, H, W] with C = 1 or 3.</summary>
    public static Figure Image(Tensor image, string? title = null, double scale = 4)
    {
        var raster = RasterImage.FromTensor(image);
        return new Figure(title, width: (int)(raster.Width * scale + 16), height: (int)(raster.Height * scale + (title is null ? 16 : 34)))
            .Image(raster).HideAxes();
    }

    /// <summary>A batch of images with labels, predictions and captions, each optional (see <see cref="ImageGrid"/>).</summary>
    public static ImageGrid Images(Tensor images, Values? labels = null, Values? predictions = null, IReadOnlyList<string>? class_names = null,
        int columns = 8, int limit = 64, IReadOnlyList<string>? captions = null) =>
        new(images, labels, predictions, class_names, columns, limit: limit, captions: captions);

    /// <summary>Charts side by side.</summary>
    public static ChartRow Row(params Chart[] charts) => new(charts);

    internal static void RequirePoints(Tensor points, string what)
    {
        if (points.ndim != 2 || points.size(1) != 2)
            throw new ArgumentException($"{what}: expected points of shape [N, 2], got {points.ShapeText}.");
    }
}
