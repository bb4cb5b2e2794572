namespace AstroDL.Plotting;

/// <summary>The extent of a layer's data in data coordinates.</summary>
internal readonly record struct Bounds(double XMin, double XMax, double YMin, double YMax)
{
    public Bounds Union(Bounds other) =>
        new(Math.Min(XMin, other.XMin), Math.Max(XMax, other.XMax), Math.Min(YMin, other.YMin), Math.Max(YMax, other.YMax));

    /// <summary>The extent of the finite points; null when there are none.</summary>
    public static Bounds? Of(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        Bounds? result = null;
        for (int i = 0; i < Math.Min(xs.Count, ys.Count); i++)
        {
            if (!double.IsFinite(xs[i]) || !double.IsFinite(ys[i])) continue;
            var point = new Bounds(xs[i], xs[i], ys[i], ys[i]);
            result = result is { } r ? r.Union(point) : point;
        }
        return result;
    }
}
