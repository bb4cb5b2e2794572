namespace AstroDL.Astro.Periodograms;

/// <summary>
/// The box least-squares transit search of Kovács, Zucker &amp; Mazeh (2002): at each trial frequency the curve is folded
/// and binned, and every box of the trial durations at every phase is tried; the power is the fraction of the weighted
/// variance that the best box-shaped dip explains, s²/(r(1 − r)) divided by the variance, where r is the weight inside
/// the box and s the weighted sum of the (mean-subtracted) values there.
/// </summary>
public static class BoxLeastSquares
{
    /// <summary>Phase bins per shortest duration: finer bins place the box better at more cost.</summary>
    private const int BinsPerDuration = 4;
    private const int FrequenciesPerTask = 128;

    /// <summary>
    /// Searches the frequencies of <paramref name="grid"/> (cycles per day) for dips lasting one of
    /// <paramref name="durations"/> (days), in <paramref name="value"/> at <paramref name="time"/>, weighted by 1/<paramref name="error"/>².
    /// </summary>
    public static BoxLeastSquaresResult Search(IReadOnlyList<double> time, IReadOnlyList<double> value, IReadOnlyList<double>? error,
        FrequencyGrid grid, IReadOnlyList<double> durations)
    {
        var series = new SeriesInput(time, value, error, "BoxLeastSquares.Search");
        if (durations.Count == 0) throw new ArgumentException("BoxLeastSquares.Search: durations is empty; give the transit durations to try, in days.", nameof(durations));
        double longestPeriod = 1 / grid.Start;
        foreach (var d in durations)
            if (!(d > 0 && d < 0.5 * longestPeriod)) throw new ArgumentException($"BoxLeastSquares.Search: a duration is {d}; durations must be in (0, {0.5 * longestPeriod}) days, under half the longest period.", nameof(durations));
        double variance = series.Weight.Select((w, i) => w * series.Value[i] * series.Value[i]).Sum();
        var best = new Box[grid.Count];
        int tasks = (grid.Count + FrequenciesPerTask - 1) / FrequenciesPerTask;
        var options = new ParallelOptions { MaxDegreeOfParallelism = torch.get_num_threads() };
        Parallel.For(0, tasks, options, task =>
        {
            for (int k = task * FrequenciesPerTask; k < Math.Min(grid.Count, (task + 1) * FrequenciesPerTask); k++)
                best[k] = BestBox(series, grid[k], durations, durations.Min());
        });
        var power = best.Select(b => variance > 0 ? b.Power / variance : 0).ToArray();
        var periodogram = new Periodogram(grid, power);
        var top = best[periodogram.BestIndex];
        double period = 1 / grid[periodogram.BestIndex];
        double epoch = top.Phase * period;
        double first = series.Time.Min();
        epoch += Math.Ceiling((first - epoch) / period) * period;
        return new BoxLeastSquaresResult(periodogram, period, top.Duration, epoch, top.Depth);
    }

    private readonly record struct Box(double Power, double Phase, double Duration, double Depth);

    private static Box BestBox(SeriesInput s, double frequency, IReadOnlyList<double> durations, double shortest)
    {
        int bins = (int)Math.Clamp(Math.Ceiling(BinsPerDuration / (shortest * frequency)), 8, 20_000);
        var weight = new double[2 * bins + 1];
        var sum = new double[2 * bins + 1];
        for (int i = 0; i < s.Count; i++)
        {
            double phase = s.Time[i] * frequency;
            int b = Math.Min(bins - 1, (int)((phase - Math.Floor(phase)) * bins));
            weight[b + 1] += s.Weight[i];
            sum[b + 1] += s.Weight[i] * s.Value[i];
        }
        // Cumulative sums over two turns, so a box may wrap past phase 1.
        for (int b = 1; b <= 2 * bins; b++)
        {
            weight[b] += weight[b - 1] + (b > bins ? weight[b - bins] - weight[b - bins - 1] : 0);
            sum[b] += sum[b - 1] + (b > bins ? sum[b - bins] - sum[b - bins - 1] : 0);
        }
        var best = new Box(0, 0, durations[0], 0);
        foreach (var duration in durations)
        {
            int width = Math.Clamp((int)Math.Round(duration * frequency * bins), 1, bins - 1);
            for (int start = 0; start < bins; start++)
            {
                double r = weight[start + width] - weight[start], y = sum[start + width] - sum[start];
                if (y >= 0 || r <= 0 || r >= 1) continue;
                double power = y * y / (r * (1 - r));
                if (power > best.Power) best = new Box(power, (start + 0.5 * width) / bins, duration, -y / (r * (1 - r)));
            }
        }
        return best;
    }
}
