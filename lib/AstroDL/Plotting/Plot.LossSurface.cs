namespace AstroDL.Plotting;

public static partial class Plot
{
    /// <summary>
    /// A loss function of two parameters as a shaded surface with contour lines; add optimizer paths with
    /// <c>.Path(ws, bs, label: "SGD")</c>.
    /// </summary>
    public static Figure LossSurface(Func<double, double, double> loss, (double min, double max) x, (double min, double max) y,
        int levels = 12, int resolution = 80, string title = "Loss surface", string xlabel = "w₁", string ylabel = "w₂")
    {
        if (resolution < 2) throw new ArgumentException($"LossSurface: resolution must be at least 2, got {resolution}.");
        var z = new double[resolution, resolution];
        for (int row = 0; row < resolution; row++)
        {
            for (int column = 0; column < resolution; column++)
            {
                z[row, column] = loss(
                    x.min + (double)column / (resolution - 1) * (x.max - x.min),
                    y.min + (double)row / (resolution - 1) * (y.max - y.min));
            }
        }
        // The shading uses log(loss) for positive losses so the valley floor keeps its detail.
        var positive = z.Cast<double>().All(v => v > 0);
        var shade = new double[resolution, resolution];
        for (int row = 0; row < resolution; row++)
        {
            for (int column = 0; column < resolution; column++) shade[resolution - 1 - row, column] = positive ? Math.Log(z[row, column]) : z[row, column];
        }
        var backdrop = RasterImage.FromMatrix(shade, Colormap.Viridis);
        var light = new RasterImage(Array.ConvertAll(backdrop.Pixels, v => Palette.Mix(v, 255, 0.55)), resolution, resolution, PngColor.Rgb);
        return new Figure(title, xlabel, ylabel, 480, 400)
            .Backdrop(light, new Bounds(x.min, x.max, y.min, y.max))
            .Contour(z, x, y, levels);
    }
}
