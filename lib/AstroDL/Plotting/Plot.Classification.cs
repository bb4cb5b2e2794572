using System.Globalization;
using AstroDL.Training;
using static AstroDL.torch;

namespace AstroDL.Plotting;

public static partial class Plot
{
    /// <summary>
    /// counts[t, p] (true class t predicted as p) as an annotated heatmap, true classes down, predictions across;
    /// with <paramref name="normalize"/> each row is divided by its total (the recall of each class on the diagonal).
    /// </summary>
    public static Figure ConfusionMatrix(long[,] counts, IReadOnlyList<string>? class_names = null, bool normalize = false,
        string title = "Confusion matrix")
    {
        int n = counts.GetLength(0);
        if (counts.GetLength(1) != n) throw new ArgumentException($"ConfusionMatrix: counts must be square, got {n}x{counts.GetLength(1)}.");
        var values = new double[n, n];
        for (int t = 0; t < n; t++)
        {
            double total = 0;
            for (int p = 0; p < n; p++) total += counts[t, p];
            for (int p = 0; p < n; p++) values[t, p] = normalize ? (total == 0 ? 0 : counts[t, p] / total) : counts[t, p];
        }
        var names = class_names?.ToArray() ?? Enumerable.Range(0, n).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (names.Length != n) throw new ArgumentException($"ConfusionMatrix: {names.Length} class names for {n} classes.");
        var size = Math.Max(240, Math.Min(640, 48 * n + 140));
        return new Figure(title, "predicted", "true", size, size)
            .Heatmap(values, Colormap.Blues, annotate: n <= 20, format: normalize ? "0.00" : "0")
            .XTicks(names)
            .YTicks(names);
    }

    /// <summary>The confusion matrix of predicted classes (or model outputs, reduced with argmax) against targets.</summary>
    public static Figure ConfusionMatrix(Tensor target, Tensor predicted, int num_classes, IReadOnlyList<string>? class_names = null,
        bool normalize = false)
    {
        var classes = predicted.ndim == 2 ? Metrics.predicted_classes(predicted) : predicted;
        return ConfusionMatrix(Metrics.confusion_matrix(target, classes, num_classes), class_names, normalize);
    }

    /// <summary>
    /// The regions a 2-D classifier assigns to each class (evaluated on a grid over the data), with the points on
    /// top. <paramref name="model"/> maps [M, 2] inputs to [M, C] scores (argmax) or to one score per point (class 1
    /// above <paramref name="threshold"/>). <paramref name="padding"/> is the margin drawn around the data on each side,
    /// as a fraction of its range (0.5 shows the four corners of a unit square inside a square twice as wide).
    /// </summary>
    public static Figure DecisionBoundary(Func<Tensor, Tensor> model, Tensor points, Values classes, IReadOnlyList<string>? class_names = null,
        int resolution = 150, double threshold = 0, string title = "Decision boundary", double padding = 0.05)
    {
        RequirePoints(points, "DecisionBoundary");
        var xs = TensorData.Doubles(points.select(1, 0));
        var ys = TensorData.Doubles(points.select(1, 1));
        var extent = Padded(xs, ys, padding);
        var grid = GridPoints(extent, resolution);
        long[] predicted;
        using (no_grad())
        {
            predicted = TensorData.Longs(Metrics.predicted_classes(model(grid), threshold));
        }
        // Grid row 0 holds the lowest y; picture row 0 is the top, so rows are flipped.
        var pixels = new byte[resolution * resolution * 3];
        for (int row = 0; row < resolution; row++)
        {
            for (int column = 0; column < resolution; column++)
            {
                var (r, g, b) = Palette.Lighten(Palette.Color(predicted[row * resolution + column]), 0.65);
                var at = 3 * ((resolution - 1 - row) * resolution + column);
                (pixels[at], pixels[at + 1], pixels[at + 2]) = (r, g, b);
            }
        }
        return new Figure(title, "x₁", "x₂", 480, 400)
            .Backdrop(new RasterImage(pixels, resolution, resolution, PngColor.Rgb), extent)
            .Scatter(xs, ys, classes: classes, class_names: class_names);
    }

    /// <summary>The decision regions of a module (run in evaluation mode).</summary>
    public static Figure DecisionBoundary(nn.Module<Tensor, Tensor> model, Tensor points, Values classes, IReadOnlyList<string>? class_names = null,
        int resolution = 150, double threshold = 0, string title = "Decision boundary", double padding = 0.05)
    {
        var wasTraining = model.training;
        model.eval();
        try
        {
            return DecisionBoundary(model.forward, points, classes, class_names, resolution, threshold, title, padding);
        }
        finally
        {
            model.train(wasTraining);
        }
    }

    /// <summary>The data's extent with a margin of <paramref name="padding"/> times its range on every side.</summary>
    private static Bounds Padded(double[] xs, double[] ys, double padding)
    {
        if (!(padding >= 0) || double.IsInfinity(padding))
            throw new ArgumentException($"DecisionBoundary: padding must be a finite number >= 0 (a fraction of the data's range), got {padding}.");
        var b = Bounds.Of(xs, ys) ?? new Bounds(0, 1, 0, 1);
        double dx = Math.Max(1e-9, b.XMax - b.XMin) * padding, dy = Math.Max(1e-9, b.YMax - b.YMin) * padding;
        return new Bounds(b.XMin - dx, b.XMax + dx, b.YMin - dy, b.YMax + dy);
    }

    /// <summary>[resolution², 2] float32 points at pixel centres, row by row from the lowest y.</summary>
    private static Tensor GridPoints(Bounds extent, int resolution)
    {
        var data = new float[resolution * resolution * 2];
        for (int row = 0; row < resolution; row++)
        {
            for (int column = 0; column < resolution; column++)
            {
                var at = 2 * (row * resolution + column);
                data[at] = (float)(extent.XMin + (column + 0.5) / resolution * (extent.XMax - extent.XMin));
                data[at + 1] = (float)(extent.YMin + (row + 0.5) / resolution * (extent.YMax - extent.YMin));
            }
        }
        return tensor(data, [resolution * resolution, 2]);
    }
}
