namespace AstroDL.Astro.LightCurves;

/// <summary>Evenly spaced points, a space telescope's cadence; see <see cref="Cadence.Regular"/>.</summary>
public sealed record RegularCadence : Cadence
{
    public RegularCadence(double minDays, double maxDays, double interval)
    {
        Check(interval, 1e-4, 10, nameof(interval), "the interval between points (days)");
        Check(minDays, interval, 1e5, nameof(minDays), "the shortest span (days, at least one interval)");
        Check(maxDays, minDays, 1e5, nameof(maxDays), "the longest span (days, at least minDays)");
        (MinDays, MaxDays, Interval) = (minDays, maxDays, interval);
    }

    public double MinDays { get; }
    public double MaxDays { get; }
    public double Interval { get; }

    internal override double[] Times(CurveRandom random)
    {
        int count = (int)(random.Uniform(MinDays, MaxDays) / Interval) + 1;
        return Enumerable.Range(0, count).Select(i => i * Interval).ToArray();
    }
}
