namespace AstroDL.Plotting;

/// <summary>Points joined in order; NaN or infinite values break the line. With markers it draws a path (an optimizer's steps).</summary>
internal sealed class LineLayer(Values xs, Values ys, string? label, string color, bool dashed, bool markers) : Layer
{
    public override Bounds? Bounds => Plotting.Bounds.Of(xs.Data, ys.Data);

    public override IEnumerable<LegendEntry> Legend => label is null ? [] : [new LegendEntry(label, color, LegendMark.Line, dashed)];

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

    public override IEnumerable<(double X, double Y)> Footprint(PlotArea area)
    {
        for (int i = 0; i + 1 < Math.Min(xs.Count, ys.Count); i++)
        {
            if (!double.IsFinite(xs[i]) || !double.IsFinite(ys[i]) || !double.IsFinite(xs[i + 1]) || !double.IsFinite(ys[i + 1])) continue;
            double x0 = area.X(xs[i]), y0 = area.Y(ys[i]), x1 = area.X(xs[i + 1]), y1 = area.Y(ys[i + 1]);
            var steps = (int)Math.Min(1000, Math.Ceiling(Math.Max(Math.Abs(x1 - x0), Math.Abs(y1 - y0)) / 3));
            for (int s = 0; s <= steps; s++) yield return (x0 + (x1 - x0) * s / Math.Max(1, steps), y0 + (y1 - y0) * s / Math.Max(1, steps));
        }
        if (Math.Min(xs.Count, ys.Count) == 1 && double.IsFinite(xs[0]) && double.IsFinite(ys[0])) yield return (area.X(xs[0]), area.Y(ys[0]));
    }

    public override string Describe() => $"{Named(markers ? "path" : "line", label)} ({Math.Min(xs.Count, ys.Count)} points)";
}
