namespace AstroDL.Plotting;

/// <summary>Points as dots, in one colour or coloured by class (with one legend entry per class).</summary>
internal sealed class ScatterLayer(Values xs, Values ys, long[]? classes, IReadOnlyList<string>? classNames, string? label, string color, double size)
    : Layer
{
    public override Bounds? Bounds => Plotting.Bounds.Of(xs.Data, ys.Data);

    public override IEnumerable<LegendEntry> Legend => classes is null
        ? label is null ? [] : [new LegendEntry(label, color, LegendMark.Dot)]
        : classes.Distinct().Order().Select(c => new LegendEntry(ClassName(c), Palette.Color(c), LegendMark.Dot));

    public override void Render(SvgWriter svg, PlotArea area)
    {
        for (int i = 0; i < Math.Min(xs.Count, ys.Count); i++)
        {
            if (!double.IsFinite(xs[i]) || !double.IsFinite(ys[i])) continue;
            svg.Circle(area.X(xs[i]), area.Y(ys[i]), size, classes is null ? color : Palette.Color(classes[i]), "white");
        }
    }

    public override IEnumerable<(double X, double Y)> Footprint(PlotArea area)
    {
        for (int i = 0; i < Math.Min(xs.Count, ys.Count); i++)
        {
            if (double.IsFinite(xs[i]) && double.IsFinite(ys[i])) yield return (area.X(xs[i]), area.Y(ys[i]));
        }
    }

    public override string Describe() =>
        $"{Named("scatter", label)} ({Math.Min(xs.Count, ys.Count)} points" + (classes is null ? ")" : $", {classes.Distinct().Count()} classes)");

    private string ClassName(long c) => classNames is not null && c >= 0 && c < classNames.Count ? classNames[(int)c] : $"class {c}";
}
