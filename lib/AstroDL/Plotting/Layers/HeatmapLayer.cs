using System.Globalization;

namespace AstroDL.Plotting;

/// <summary>
/// A matrix as coloured cells: cell (i, j) is centred on x = j, y = i (row 0 at the top when the figure inverts y),
/// optionally with its value written inside.
/// </summary>
internal sealed class HeatmapLayer(double[,] values, Colormap colormap, bool annotate, string? format) : Layer
{
    private int Rows => values.GetLength(0);

    private int Columns => values.GetLength(1);

    public override Bounds? Bounds => Rows == 0 || Columns == 0 ? null : new Bounds(-0.5, Columns - 0.5, -0.5, Rows - 0.5);

    public override bool Tight => true;

    public override void Render(SvgWriter svg, PlotArea area)
    {
        var finite = values.Cast<double>().Where(double.IsFinite).ToArray();
        double min = finite.Length == 0 ? 0 : finite.Min(), max = finite.Length == 0 ? 1 : finite.Max();
        var numberFormat = format ?? (finite.All(v => v == Math.Floor(v)) ? "0" : "0.00");
        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                var t = max > min ? (values[i, j] - min) / (max - min) : 0.5;
                double x0 = area.X(j - 0.5), x1 = area.X(j + 0.5), y0 = area.Y(i - 0.5), y1 = area.Y(i + 0.5);
                svg.Rect(Math.Min(x0, x1), Math.Min(y0, y1), Math.Abs(x1 - x0), Math.Abs(y1 - y0), colormap.Hex(t));
                if (annotate)
                {
                    svg.Text((x0 + x1) / 2, (y0 + y1) / 2, values[i, j].ToString(numberFormat, CultureInfo.InvariantCulture), "middle",
                        fill: colormap.IsDark(t) ? "white" : "black", baseline: "central");
                }
            }
        }
    }

    public override string Describe() => $"heatmap ({Rows}x{Columns})";
}
