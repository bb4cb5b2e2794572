namespace AstroDL.Plotting;

/// <summary>Bars standing on zero between bin edges (a histogram).</summary>
internal sealed class BarLayer(double[] edges, double[] heights, string? label, string color) : Layer
{
    public override Bounds? Bounds => heights.Length == 0
        ? null
        : new Bounds(edges[0], edges[^1], Math.Min(0, heights.Min()), Math.Max(0, heights.Max()));

    public override IEnumerable<LegendEntry> Legend => label is null ? [] : [new LegendEntry(label, color, LegendMark.Box)];

    public override void Render(SvgWriter svg, PlotArea area)
    {
        for (int i = 0; i < heights.Length; i++)
        {
            double left = area.X(edges[i]), right = area.X(edges[i + 1]);
            double top = area.Y(Math.Max(0, heights[i])), bottom = area.Y(Math.Min(0, heights[i]));
            svg.Rect(left, Math.Min(top, bottom), right - left, Math.Abs(bottom - top), color, "white", "0.75");
        }
    }

    public override IEnumerable<(double X, double Y)> Footprint(PlotArea area)
    {
        for (int i = 0; i < heights.Length; i++)
        {
            double left = area.X(edges[i]), right = area.X(edges[i + 1]);
            double top = area.Y(Math.Max(0, heights[i])), bottom = area.Y(Math.Min(0, heights[i]));
            for (var x = left; x <= right; x += Math.Max(1, Math.Min(4, right - left)))
                for (var y = Math.Min(top, bottom); y <= Math.Max(top, bottom); y += 4) yield return (x, y);
        }
    }

    public override string Describe() => $"{Named("histogram", label)} ({heights.Length} bins)";

    /// <summary>Equal-width bins over the finite values; the last bin includes its right edge.</summary>
    public static (double[] Edges, double[] Counts) Bin(double[] values, int bins, bool density)
    {
        if (bins <= 0) throw new ArgumentException($"Histogram: bins must be positive, got {bins}.");
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0) return ([0, 1], new double[1]);
        double min = finite.Min(), max = finite.Max();
        if (max == min) (min, max) = (min - 0.5, max + 0.5);
        var width = (max - min) / bins;
        var edges = Enumerable.Range(0, bins + 1).Select(i => min + i * width).ToArray();
        var counts = new double[bins];
        foreach (var v in finite) counts[Math.Min(bins - 1, (int)((v - min) / width))]++;
        if (density)
        {
            for (int i = 0; i < bins; i++) counts[i] /= finite.Length * width;
        }
        return (edges, counts);
    }
}
