namespace AstroDL.Astro.LightCurves;

/// <summary>
/// A curve folded on a period into fixed bins, like AstroNet's global view: phase −½ to ½ with the epoch (transit,
/// primary eclipse, maximum) in the middle bin; each bin the mean flux of its points, empty bins filled by linear
/// interpolation between their filled neighbours (around the cycle); then shifted and scaled so the median is 0 and
/// the lowest bin −1.
/// </summary>
public static class PhaseFolding
{
    public static double[] Fold(LightCurve curve, int bins, double period, double epoch)
    {
        if (bins < 2) throw new ArgumentException($"bins is {bins}; it must be at least 2.", nameof(bins));
        if (!(period > 0)) throw new ArgumentException($"period is {period}; it must be a positive number of days.", nameof(period));
        var sum = new double[bins];
        var count = new int[bins];
        for (int i = 0; i < curve.Length; i++)
        {
            double phase = (curve.Time[i] - epoch) / period + 0.5;
            int bin = Math.Min(bins - 1, (int)((phase - Math.Floor(phase)) * bins));
            sum[bin] += curve.Flux[i];
            count[bin]++;
        }
        var filled = Enumerable.Range(0, bins).Where(b => count[b] > 0).ToArray();
        var view = new double[bins];
        if (filled.Length == 0) return view;
        for (int j = 0; j < filled.Length; j++)
        {
            int from = filled[j], to = j + 1 < filled.Length ? filled[j + 1] : filled[0] + bins;
            double a = sum[from] / count[from], b = sum[to % bins] / count[to % bins];
            for (int k = from; k < to; k++) view[k % bins] = a + (b - a) * (k - from) / (to - from);
        }
        double median = Median(view), depth = median - view.Min();
        for (int k = 0; k < bins; k++) view[k] = depth > 0 ? (view[k] - median) / depth : 0;
        return view;
    }

    internal static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        int n = sorted.Length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
