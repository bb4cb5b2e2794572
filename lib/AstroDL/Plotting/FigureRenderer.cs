namespace AstroDL.Plotting;

/// <summary>
/// Lays out and draws a <see cref="Figure"/>: the data range (from the layers, or the limits set), ticks at nice
/// numbers or at named categories, margins sized to the labels, gridlines, the layers clipped to the plot area,
/// and a legend where it hides the least data (top right when that is free).
/// </summary>
internal static class FigureRenderer
{
    private const double CharWidth = SvgWriter.FontSize * 0.6;
    private const string Ink = "#333333";
    private const string Grid = "#e6e6e6";

    public static void Render(Figure figure, SvgWriter svg)
    {
        var bounds = figure.Layers.Select(l => l.Bounds).OfType<Bounds>().Aggregate((Bounds?)null, (a, b) => a is { } u ? u.Union(b) : b)
            ?? new Bounds(0, 1, 0, 1);
        var tight = figure.Layers.Any(l => l.Tight);
        var x = Axis(figure.XLimits ?? (bounds.XMin, bounds.XMax), figure.XCategories, tight || figure.XLimits is not null);
        var y = Axis(figure.YLimits ?? (bounds.YMin, bounds.YMax), figure.YCategories, tight || figure.YLimits is not null);

        var hidden = figure.AxesHidden;
        var yLabelWidth = hidden ? 0 : y.Ticks.Select(t => t.Label.Length).DefaultIfEmpty(0).Max() * CharWidth;
        var rotateX = !hidden && x.Categorical && x.Ticks.Sum(t => t.Label.Length * CharWidth + 6) > figure.Width * 0.8;
        var xLabelDepth = rotateX ? x.Ticks.Select(t => t.Label.Length).DefaultIfEmpty(0).Max() * CharWidth * 0.7 + 8 : 16;
        var left = hidden ? 8 : yLabelWidth + 12 + (figure.YLabelText is null ? 0 : 18);
        var top = figure.TitleText is null ? 10 : 28;
        var bottom = hidden ? 8 : xLabelDepth + 6 + (figure.XLabelText is null ? 0 : 18);
        const double right = 14;
        var area = new PlotArea(Math.Max(10, figure.Width - left - right), Math.Max(10, figure.Height - top - bottom),
            x.Min, x.Max, y.Min, y.Max, figure.YDown);

        if (figure.TitleText is { } title) svg.Text(figure.Width / 2, 18, title, "middle", 14, bold: true);
        if (!hidden) DrawGrid(svg, area, x, y, left, top);
        svg.Viewport(left, top, area.Width, area.Height, inner =>
        {
            foreach (var layer in figure.Layers) layer.Render(inner, area);
            DrawLegend(inner, area, figure.Layers.SelectMany(l => l.Legend).ToList(), figure.Layers);
        });
        if (hidden) return;
        DrawAxes(svg, area, x, y, left, top, rotateX);
        if (figure.XLabelText is { } xl) svg.Text(left + area.Width / 2, figure.Height - 6, xl, "middle");
        if (figure.YLabelText is { } yl) svg.Text(14, top + area.Height / 2, yl, "middle", rotate: -90);
    }

    private sealed record Tick(double Value, string Label);

    private sealed record AxisLayout(double Min, double Max, IReadOnlyList<Tick> Ticks, bool Categorical);

    private static AxisLayout Axis((double Min, double Max) range, IReadOnlyList<string>? categories, bool exact)
    {
        if (categories is not null)
        {
            var (min, max) = categories.Count == 0 ? (-0.5, 0.5) : (-0.5, categories.Count - 0.5);
            return new AxisLayout(Math.Min(min, range.Min), Math.Max(max, range.Max),
                categories.Select((label, i) => new Tick(i, label)).ToList(), Categorical: true);
        }
        var ticks = Ticks.Nice(range.Min, range.Max);
        if (!exact || range.Max <= range.Min)
            return new AxisLayout(ticks.Min, ticks.Max, ticks.Values.Select(v => new Tick(v, ticks.Label(v))).ToList(), false);
        var inside = ticks.Values.Where(v => v >= range.Min - 1e-9 * (range.Max - range.Min) && v <= range.Max + 1e-9 * (range.Max - range.Min));
        return new AxisLayout(range.Min, range.Max, inside.Select(v => new Tick(v, ticks.Label(v))).ToList(), false);
    }

    private static void DrawGrid(SvgWriter svg, PlotArea area, AxisLayout x, AxisLayout y, double left, double top)
    {
        svg.Rect(left, top, area.Width, area.Height, "white", Grid);
        if (!x.Categorical)
        {
            foreach (var tick in x.Ticks) svg.Line(left + area.X(tick.Value), top, left + area.X(tick.Value), top + area.Height, Grid);
        }
        if (!y.Categorical)
        {
            foreach (var tick in y.Ticks) svg.Line(left, top + area.Y(tick.Value), left + area.Width, top + area.Y(tick.Value), Grid);
        }
    }

    private static void DrawAxes(SvgWriter svg, PlotArea area, AxisLayout x, AxisLayout y, double left, double top, bool rotateX)
    {
        var baseline = top + area.Height;
        svg.Line(left, baseline, left + area.Width, baseline, Ink);
        svg.Line(left, top, left, baseline, Ink);
        foreach (var tick in x.Ticks)
        {
            var px = left + area.X(tick.Value);
            svg.Line(px, baseline, px, baseline + 4, Ink);
            if (rotateX) svg.Text(px, baseline + 12, tick.Label, "end", rotate: -40);
            else svg.Text(px, baseline + 15, tick.Label, "middle");
        }
        foreach (var tick in y.Ticks)
        {
            var py = top + area.Y(tick.Value);
            svg.Line(left - 4, py, left, py, Ink);
            svg.Text(left - 6, py, tick.Label, "end", baseline: "central");
        }
    }

    private static void DrawLegend(SvgWriter svg, PlotArea area, IReadOnlyList<LegendEntry> entries, IReadOnlyList<Layer> layers)
    {
        if (entries.Count == 0) return;
        const double row = 16, sample = 18, pad = 6;
        var boxWidth = entries.Max(e => e.Label.Length) * CharWidth + sample + 3 * pad;
        var boxHeight = entries.Count * row + pad;
        var (x0, y0) = LegendCorner(area, layers, boxWidth, boxHeight, pad);
        svg.Rect(x0, y0, boxWidth, boxHeight, "white", "#cccccc", "0.85");
        for (int i = 0; i < entries.Count; i++)
        {
            var (label, color, mark, dashed) = entries[i];
            var cy = y0 + pad / 2 + row * i + row / 2;
            var sx = x0 + pad;
            switch (mark)
            {
                case LegendMark.Line:
                    svg.Line(sx, cy, sx + sample, cy, color, 2, dashed);
                    break;
                case LegendMark.Dot:
                    svg.Circle(sx + sample / 2, cy, 4, color);
                    break;
                default:
                    svg.Rect(sx + 3, cy - 5, sample - 6, 10, color, opacity: "0.75");
                    break;
            }
            svg.Text(sx + sample + pad, cy, label, baseline: "central");
        }
    }

    /// <summary>
    /// The legend's top-left corner: of the four corners, then the middles of the right and left sides, the top and
    /// bottom, and the centre (matplotlib's "best"), the first that covers the fewest drawn points (lines, dots, bars),
    /// so a rising accuracy curve keeps its end visible.
    /// </summary>
    private static (double X, double Y) LegendCorner(PlotArea area, IReadOnlyList<Layer> layers, double width, double height, double pad)
    {
        double right = area.Width - width - pad, bottom = area.Height - height - pad;
        double middleX = (area.Width - width) / 2, middleY = (area.Height - height) / 2;
        (double X, double Y)[] corners =
        [
            (right, pad), (pad, pad), (right, bottom), (pad, bottom),
            (right, middleY), (pad, middleY), (middleX, pad), (middleX, bottom), (middleX, middleY),
        ];
        var footprint = layers.SelectMany(l => l.Footprint(area)).ToList();
        var best = corners[0];
        var fewest = int.MaxValue;
        foreach (var corner in corners)
        {
            var covered = footprint.Count(p => p.X >= corner.X - 2 && p.X <= corner.X + width + 2 && p.Y >= corner.Y - 2 && p.Y <= corner.Y + height + 2);
            if (covered >= fewest) continue;
            (best, fewest) = (corner, covered);
            if (covered == 0) break;
        }
        return best;
    }
}
