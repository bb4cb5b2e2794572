namespace AstroDL.Plotting;

/// <summary>The inner rectangle of a figure and the mapping from data coordinates to its pixels.</summary>
internal sealed record PlotArea(double Width, double Height, double XMin, double XMax, double YMin, double YMax, bool InvertY)
{
    public double X(double value) => (value - XMin) / (XMax - XMin) * Width;

    public double Y(double value)
    {
        var fraction = (value - YMin) / (YMax - YMin);
        return InvertY ? fraction * Height : Height - fraction * Height;
    }
}
