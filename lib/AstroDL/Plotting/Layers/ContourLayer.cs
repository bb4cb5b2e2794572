using System.Text;

namespace AstroDL.Plotting;

/// <summary>
/// Lines of equal value of a function sampled on a grid (z[i, j] at x_j, y_i), traced with marching squares; each
/// level gets its colour from the colormap, low values dark.
/// </summary>
internal sealed class ContourLayer(double[,] z, Bounds extent, double[] levels, Colormap colormap) : Layer
{
    public override Bounds? Bounds => extent;

    public override bool Tight => true;

    public override void Render(SvgWriter svg, PlotArea area)
    {
        for (int l = 0; l < levels.Length; l++)
        {
            var path = new StringBuilder();
            foreach (var ((x1, y1), (x2, y2)) in MarchingSquares.Segments(z, levels[l]))
            {
                path.Append('M').Append(SvgWriter.Number(area.X(GridX(x1)))).Append(',').Append(SvgWriter.Number(area.Y(GridY(y1))))
                    .Append('L').Append(SvgWriter.Number(area.X(GridX(x2)))).Append(',').Append(SvgWriter.Number(area.Y(GridY(y2))));
            }
            if (path.Length > 0) svg.Path(path.ToString(), colormap.Hex(levels.Length == 1 ? 0.5 : (double)l / (levels.Length - 1)), 1.2);
        }
    }

    public override string Describe() => $"contours ({levels.Length} levels on a {z.GetLength(0)}x{z.GetLength(1)} grid)";

    private double GridX(double column) => extent.XMin + column / (z.GetLength(1) - 1) * (extent.XMax - extent.XMin);

    private double GridY(double row) => extent.YMin + row / (z.GetLength(0) - 1) * (extent.YMax - extent.YMin);
}
