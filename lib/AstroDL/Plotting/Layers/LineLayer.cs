namespace AstroDL.Plotting;

/// <summary>Points joined in order; NaN or infinite values break the line. With markers it draws a path (an optimizer's steps).</summary>
internal sealed class LineLayer(Values xs, Values ys, string? label, string color, bool dashed, bool markers) : Layer
{
    public override Bounds? Bounds => Plotting.Bounds.Of(xs.Data, ys.Data);

    public override IEnumerable<LegendEntry> Legend => label is null ? [] : [new LegendEntry(label, color, LegendMark.Line)];

    public override void Render(SvgWriter svg, PlotArea area)
    {
        var segment = new List<(double, double)>();
        for (int i = 0; i <= Math.Min(xs.Count, ys.Count); i++)
        {
            var finite = i < xs.Count && i < ys.Count && double.IsFinite(xs[i]) && double.IsFinite(ys[i]);
            if (finite)
            {
                segment.Add((area.X(xs[i]), area.Y(ys[i])));
                continue;
            }
            if (segment.Count > 1) svg.Polyline(segment, color, dashed: dashed);
            segment.Clear();
        }
        if (!markers) return;
        for (int i = 0; i < Math.Min(xs.Count, ys.Count); i++)
        {
            if (double.IsFinite(xs[i]) && double.IsFinite(ys[i]))
                svg.Circle(area.X(xs[i]), area.Y(ys[i]), i == 0 ? 4 : 2.5, i == 0 ? "white" : color, i == 0 ? color : null);
        }
    }

    public override string Describe() => $"{Named(markers ? "path" : "line", label)} ({Math.Min(xs.Count, ys.Count)} points)";
}
