namespace AstroDL.Plotting;

/// <summary>
/// One set of axes with a title, axis labels, ticks at nice numbers and a legend, holding any number of layers:
/// <c>new Figure("Loss", xlabel: "epoch").Line(epochs, train, label: "train").Line(epochs, val, label: "validation")</c>.
/// Every method adds to this figure and returns it, so calls chain.
/// </summary>
public sealed class Figure(string? title = null, string? xlabel = null, string? ylabel = null, int width = 480, int height = 320) : Chart
{
    private readonly List<Layer> layers = [];
    private int coloured;

    public override double Width => width;

    public override double Height => height;

    internal string? TitleText { get; private set; } = title;

    internal string? XLabelText { get; private set; } = xlabel;

    internal string? YLabelText { get; private set; } = ylabel;

    internal (double Min, double Max)? XLimits { get; private set; }

    internal (double Min, double Max)? YLimits { get; private set; }

    internal IReadOnlyList<string>? XCategories { get; private set; }

    internal IReadOnlyList<string>? YCategories { get; private set; }

    /// <summary>True when y grows downwards (matrices and pictures: row 0 at the top).</summary>
    internal bool YDown { get; private set; }

    internal bool AxesHidden { get; private set; }

    internal IReadOnlyList<Layer> Layers => layers;

    public Figure Title(string text) => Set(() => TitleText = text);

    public Figure XLabel(string text) => Set(() => XLabelText = text);

    public Figure YLabel(string text) => Set(() => YLabelText = text);

    /// <summary>Fixes the x range instead of fitting it to the data.</summary>
    public Figure XLim(double min, double max) => Set(() => XLimits = (min, max));

    public Figure YLim(double min, double max) => Set(() => YLimits = (min, max));

    /// <summary>Names the positions 0, 1, 2, ... of the x axis (class names under a confusion matrix).</summary>
    public Figure XTicks(params string[] labels) => Set(() => XCategories = labels);

    public Figure YTicks(params string[] labels) => Set(() => YCategories = labels);

    /// <summary>A line through (x[i], y[i]).</summary>
    public Figure Line(Values x, Values y, string? label = null, string? color = null, bool dashed = false) =>
        Add(new LineLayer(x, y, label, color ?? NextColor(), dashed, markers: false));

    /// <summary>A line through (i, y[i]).</summary>
    public Figure Line(Values y, string? label = null, string? color = null, bool dashed = false) =>
        Line(Values.Range(y.Count), y, label, color, dashed);

    /// <summary>Dots at (x[i], y[i]); with <paramref name="classes"/> each dot takes its class's colour.</summary>
    public Figure Scatter(Values x, Values y, string? label = null, string? color = null, Values? classes = null,
        IReadOnlyList<string>? class_names = null, double size = 3.5)
    {
        long[]? classIds = classes is { } c ? Array.ConvertAll(c.Data, v => (long)v) : null;
        return Add(new ScatterLayer(x, y, classIds, class_names, label, classIds is null ? color ?? NextColor() : "#000000", size));
    }

    /// <summary>A line with a dot at every point and a hollow dot at the start: the steps of an optimizer.</summary>
    public Figure Path(Values x, Values y, string? label = null, string? color = null) =>
        Add(new LineLayer(x, y, label, color ?? NextColor(), dashed: false, markers: true));

    /// <summary>Counts of the values in equal-width bins (densities with <paramref name="density"/>).</summary>
    public Figure Histogram(Values values, int bins = 20, string? label = null, string? color = null, bool density = false)
    {
        var (edges, counts) = BarLayer.Bin(values.Data, bins, density);
        return Add(new BarLayer(edges, counts, label, color ?? NextColor()));
    }

    /// <summary>A matrix as coloured cells, row 0 at the top; <paramref name="annotate"/> writes the values in the cells.</summary>
    public Figure Heatmap(double[,] values, Colormap? colormap = null, bool annotate = false, string? format = null)
    {
        YDown = true;
        return Add(new HeatmapLayer(values, colormap ?? Colormap.Viridis, annotate, format));
    }

    /// <summary>A 2-D tensor as coloured cells (see the double[,] overload): an image, a weight matrix, a feature map.</summary>
    public Figure Heatmap(torch.Tensor values, Colormap? colormap = null, bool annotate = false, string? format = null) =>
        Heatmap(TensorData.Matrix(values, "Heatmap"), colormap, annotate, format);

    /// <summary>A picture over the pixel grid: x from 0 to its width, y from 0 (top) to its height.</summary>
    public Figure Image(RasterImage image)
    {
        YDown = true;
        return Add(new ImageLayer(image, new Bounds(0, image.Width, 0, image.Height)));
    }

    /// <summary>Contour lines of z[i, j] sampled at x from x.min to x.max (columns) and y from y.min to y.max (rows).</summary>
    public Figure Contour(double[,] z, (double min, double max) x, (double min, double max) y, int levels = 10)
    {
        var finite = z.Cast<double>().Where(double.IsFinite).ToArray();
        if (finite.Length == 0 || levels <= 0) return this;
        return Add(new ContourLayer(z, new Bounds(x.min, x.max, y.min, y.max), ContourLevels.For(finite, levels), Colormap.Viridis));
    }

    /// <summary>Leaves out axes, ticks and labels (for pictures).</summary>
    public Figure HideAxes() => Set(() => AxesHidden = true);

    /// <summary>Adds a picture stretched over a data rectangle, drawn under later layers (decision regions, loss surfaces).</summary>
    internal Figure Backdrop(RasterImage image, Bounds extent, string? opacity = null) => Add(new ImageLayer(image, extent, opacity));

    public override string ToString() =>
        $"Figure{(TitleText is null ? "" : $" '{TitleText}'")}: " + (layers.Count == 0 ? "empty" : string.Join(", ", layers.Select(l => l.Describe())));

    internal override void Render(SvgWriter svg) => FigureRenderer.Render(this, svg);

    private Figure Add(Layer layer)
    {
        layers.Add(layer);
        return this;
    }

    private Figure Set(Action change)
    {
        change();
        return this;
    }

    private string NextColor() => Palette.Color(coloured++);
}
