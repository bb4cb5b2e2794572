namespace AstroDL.Astro.Periodograms;

/// <summary>
/// A time series checked for a periodogram: times, values centred on their weighted mean, and weights 1/σ²
/// normalised to sum to 1 (equal weights without errors).
/// </summary>
internal sealed class SeriesInput
{
    public SeriesInput(IReadOnlyList<double> time, IReadOnlyList<double> value, IReadOnlyList<double>? error, string method)
    {
        if (time.Count < 3) throw new ArgumentException($"{method}: time has {time.Count} points; it needs at least 3.", nameof(time));
        if (value.Count != time.Count) throw new ArgumentException($"{method}: value has {value.Count} points but time has {time.Count}.", nameof(value));
        if (error is not null && error.Count != time.Count) throw new ArgumentException($"{method}: error has {error.Count} points but time has {time.Count}.", nameof(error));
        int n = time.Count;
        Time = new double[n];
        Weight = new double[n];
        Value = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sigma = error?[i] ?? 1;
            if (!(sigma > 0 && double.IsFinite(sigma))) throw new ArgumentException($"{method}: error[{i}] is {sigma}; every error must be a positive number.", nameof(error));
            if (!double.IsFinite(time[i]) || !double.IsFinite(value[i])) throw new ArgumentException($"{method}: point {i} is ({time[i]}, {value[i]}); times and values must be finite.", nameof(value));
            Time[i] = time[i];
            Weight[i] = 1 / (sigma * sigma);
        }
        double total = Weight.Sum(), mean = 0;
        for (int i = 0; i < n; i++)
        {
            Weight[i] /= total;
            mean += Weight[i] * value[i];
        }
        for (int i = 0; i < n; i++) Value[i] = value[i] - mean;
        Baseline = Time.Max() - Time.Min();
    }

    public double[] Time { get; }
    public double[] Value { get; }
    public double[] Weight { get; }
    public double Baseline { get; }
    public int Count => Time.Length;
}
