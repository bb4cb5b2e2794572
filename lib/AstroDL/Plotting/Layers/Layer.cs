namespace AstroDL.Plotting;

/// <summary>How a legend entry shows its series.</summary>
internal enum LegendMark
{
    Line,
    Dot,
    Box,
}

/// <summary>A legend row; <paramref name="Dashed"/> draws a line sample dashed, as its series is.</summary>
internal sealed record LegendEntry(string Label, string Color, LegendMark Mark, bool Dashed = false);

/// <summary>One thing drawn inside a figure's axes: a line, points, bars, cells, a picture or contours.</summary>
internal abstract class Layer
{
    /// <summary>The data extent, or null when the layer has nothing to draw.</summary>
    public abstract Bounds? Bounds { get; }

    /// <summary>True when the axes should end exactly at the data (cells and pictures fill the plot).</summary>
    public virtual bool Tight => false;

    public virtual IEnumerable<LegendEntry> Legend => [];

    public abstract void Render(SvgWriter svg, PlotArea area);

    /// <summary>Pixels (in the plot area) that the layer draws over, sampled a few pixels apart: where a legend should not go.</summary>
    public virtual IEnumerable<(double X, double Y)> Footprint(PlotArea area) => [];

    /// <summary>What the layer shows, for the chart's text form.</summary>
    public abstract string Describe();

    internal static string Named(string kind, string? label) => label is null ? kind : $"{kind} '{label}'";
}
