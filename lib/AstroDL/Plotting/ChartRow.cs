using System.Globalization;

namespace AstroDL.Plotting;

/// <summary>Charts side by side in one picture (for example loss and accuracy of a training history).</summary>
public sealed class ChartRow(params Chart[] charts) : Chart
{
    private const double Gap = 8;

    public IReadOnlyList<Chart> Charts { get; } = charts;

    public override double Width => Charts.Sum(c => c.Width) + Gap * Math.Max(0, Charts.Count - 1);

    public override double Height => Charts.Count == 0 ? 1 : Charts.Max(c => c.Height);

    public override string ToString() => string.Join(" | ", Charts.Select(c => c.ToString()));

    internal override void Render(SvgWriter svg)
    {
        double x = 0;
        foreach (var chart in Charts)
        {
            svg.Group(string.Create(CultureInfo.InvariantCulture, $"translate({SvgWriter.Number(x)},0)"), null, chart.Render);
            x += chart.Width + Gap;
        }
    }
}
