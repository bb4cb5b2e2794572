namespace AstroDL.Plotting;

/// <summary>Which values contour lines are drawn at.</summary>
internal static class ContourLevels
{
    /// <summary>
    /// <paramref name="count"/> levels strictly inside the range of z: evenly spaced, or evenly spaced in log(z) when z is
    /// positive and spans more than two decades (loss surfaces, where the interesting part is near the minimum).
    /// </summary>
    public static double[] For(double[] z, int count)
    {
        double min = z.Min(), max = z.Max();
        if (max == min) return [min];
        var logarithmic = min > 0 && max / min > 100;
        return Enumerable.Range(1, count).Select(i =>
        {
            var t = (double)i / (count + 1);
            return logarithmic ? Math.Exp(Math.Log(min) + t * (Math.Log(max) - Math.Log(min))) : min + t * (max - min);
        }).ToArray();
    }
}
