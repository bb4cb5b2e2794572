namespace AstroDL.Astro.Periodograms;

/// <summary>
/// Evenly spaced trial frequencies (cycles per day): <see cref="Start"/>, Start + <see cref="Step"/>, ... (<see cref="Count"/> of them).
/// </summary>
public sealed record FrequencyGrid
{
    public FrequencyGrid(double start, double step, int count)
    {
        if (!(start > 0 && double.IsFinite(start))) throw new ArgumentException($"start is {start}; the lowest frequency must be a positive number of cycles per day.", nameof(start));
        if (!(step > 0 && double.IsFinite(step))) throw new ArgumentException($"step is {step}; it must be positive.", nameof(step));
        if (count is < 1 or > 100_000_000) throw new ArgumentException($"count is {count}; it must be in [1, 100000000].", nameof(count));
        (Start, Step, Count) = (start, step, count);
    }

    public double Start { get; }
    public double Step { get; }
    public int Count { get; }

    public double this[int k] => Start + k * Step;

    public double[] Frequencies => Enumerable.Range(0, Count).Select(k => this[k]).ToArray();

    /// <summary>
    /// Frequencies for periods from <paramref name="minPeriod"/> to <paramref name="maxPeriod"/> days, spaced
    /// 1/(<paramref name="oversampling"/> · baseline) so no peak of width ~1/baseline falls between two of them.
    /// </summary>
    public static FrequencyGrid ForPeriods(IReadOnlyList<double> time, double minPeriod, double maxPeriod, double oversampling = 10)
    {
        CheckRange(minPeriod, maxPeriod, oversampling);
        double step = 1 / (oversampling * Baseline(time));
        return Between(1 / maxPeriod, 1 / minPeriod, step);
    }

    /// <summary>
    /// Frequencies for a transit search: spaced so that over the baseline a transit of <paramref name="minDuration"/>
    /// days drifts by at most 1/<paramref name="oversampling"/> of its duration between neighbouring trials.
    /// </summary>
    public static FrequencyGrid ForTransits(IReadOnlyList<double> time, double minPeriod, double maxPeriod, double minDuration, double oversampling = 3)
    {
        CheckRange(minPeriod, maxPeriod, oversampling);
        if (!(minDuration > 0 && minDuration < minPeriod)) throw new ArgumentException($"minDuration is {minDuration}; it must be in (0, minPeriod = {minPeriod}) days.", nameof(minDuration));
        double baseline = Baseline(time);
        return Between(1 / maxPeriod, 1 / minPeriod, minDuration / (oversampling * baseline * maxPeriod));
    }

    private static FrequencyGrid Between(double low, double high, double step) => new(low, step, (int)Math.Min(100_000_000, Math.Ceiling((high - low) / step)) + 1);

    private static double Baseline(IReadOnlyList<double> time)
    {
        if (time.Count < 2) throw new ArgumentException($"time has {time.Count} points; a periodogram needs at least 2.", nameof(time));
        double span = time.Max() - time.Min();
        return span > 0 ? span : throw new ArgumentException("time spans 0 days; the points must not all be at one time.", nameof(time));
    }

    private static void CheckRange(double minPeriod, double maxPeriod, double oversampling)
    {
        if (!(minPeriod > 0)) throw new ArgumentException($"minPeriod is {minPeriod}; it must be a positive number of days.", nameof(minPeriod));
        if (!(maxPeriod > minPeriod)) throw new ArgumentException($"maxPeriod is {maxPeriod}; it must be greater than minPeriod = {minPeriod}.", nameof(maxPeriod));
        if (!(oversampling is >= 1 and <= 1000)) throw new ArgumentException($"oversampling is {oversampling}; it must be in [1, 1000].", nameof(oversampling));
    }
}
