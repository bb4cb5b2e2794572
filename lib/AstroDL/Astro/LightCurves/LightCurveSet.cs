using static AstroDL.torch;

namespace AstroDL.Astro.LightCurves;

/// <summary>
/// Simulated curves with their classes, and the tensors a network takes: padded sequences with lengths (for an RNN),
/// phase-folded views (for an MLP or 1-D CNN) and class labels.
/// </summary>
public sealed class LightCurveSet(IReadOnlyList<LightCurve> curves, IReadOnlyList<LightCurveClass> classes)
{
    private static readonly LightCurveFeature[] DefaultFeatures = [LightCurveFeature.DeltaTime, LightCurveFeature.StandardisedFlux, LightCurveFeature.Error];

    public IReadOnlyList<LightCurve> Curves { get; } = curves;

    /// <summary>The classes in label order: label k is <c>Classes[k]</c>.</summary>
    public IReadOnlyList<LightCurveClass> Classes { get; } = classes;

    public int Count => Curves.Count;

    /// <summary>The class names in label order, for plots and confusion matrices.</summary>
    public IReadOnlyList<string> ClassNames => Classes.Select(c => c.ToString()).ToList();

    /// <summary>Each curve's label (its class's index in <see cref="Classes"/>) as int64 [N], for cross_entropy.</summary>
    public Tensor Labels() => tensor(Curves.Select(c => (long)IndexOf(c.Parameters.Class)).ToArray());

    /// <summary>
    /// The curves as float32 [N, T, F] (T the longest curve, or <paramref name="maxLength"/> to cut longer ones), zero
    /// after each curve's end, with lengths int64 [N]. Features default to (Δt, standardised flux, error).
    /// </summary>
    public (Tensor Values, Tensor Lengths) Padded(IReadOnlyList<LightCurveFeature>? features = null, int? maxLength = null)
    {
        var f = features ?? DefaultFeatures;
        if (f.Count == 0) throw new ArgumentException("features is empty; name at least one LightCurveFeature.", nameof(features));
        if (maxLength is < 1) throw new ArgumentException($"maxLength is {maxLength}; it must be at least 1.", nameof(maxLength));
        var lengths = Curves.Select(c => Math.Min(c.Length, maxLength ?? int.MaxValue)).ToArray();
        int steps = Math.Max(1, lengths.DefaultIfEmpty(0).Max());
        var values = new float[Count * steps * f.Count];
        for (int n = 0; n < Count; n++)
        {
            var columns = f.Select(feature => Feature(Curves[n], feature)).ToArray();
            for (int t = 0; t < lengths[n]; t++)
                for (int k = 0; k < f.Count; k++)
                    values[(n * steps + t) * f.Count + k] = (float)columns[k][t];
        }
        return (tensor(values, [Count, steps, f.Count]), tensor(lengths.Select(l => (long)l).ToArray()));
    }

    /// <summary>
    /// Each curve folded into <paramref name="bins"/> phase bins (2001, AstroNet's global view, by default) on its true
    /// period, or on <paramref name="periods"/> (for instance from <see cref="Periodograms.BoxLeastSquares"/>), as float32 [N, bins].
    /// </summary>
    public Tensor PhaseFolded(int bins = 2001, IReadOnlyList<double>? periods = null, IReadOnlyList<double>? epochs = null)
    {
        if (periods is not null && periods.Count != Count) throw new ArgumentException($"periods has {periods.Count} values for {Count} curves.", nameof(periods));
        if (epochs is not null && epochs.Count != Count) throw new ArgumentException($"epochs has {epochs.Count} values for {Count} curves.", nameof(epochs));
        var values = new float[Count * bins];
        for (int n = 0; n < Count; n++)
        {
            var p = Curves[n].Parameters;
            var view = PhaseFolding.Fold(Curves[n], bins, periods?[n] ?? p.Period, epochs?[n] ?? p.Epoch);
            for (int b = 0; b < bins; b++) values[n * bins + b] = (float)view[b];
        }
        return tensor(values, [Count, bins]);
    }

    private int IndexOf(LightCurveClass kind)
    {
        for (int k = 0; k < Classes.Count; k++) if (Classes[k] == kind) return k;
        throw new InvalidOperationException($"A curve of class {kind} is in a set whose classes are {string.Join(", ", Classes)}.");
    }

    private static double[] Feature(LightCurve curve, LightCurveFeature feature) => feature switch
    {
        LightCurveFeature.Time => curve.Time.Select(t => t - curve.Time[0]).ToArray(),
        LightCurveFeature.DeltaTime => curve.Time.Select((t, i) => i == 0 ? 0 : t - curve.Time[i - 1]).ToArray(),
        LightCurveFeature.Flux => curve.Flux,
        LightCurveFeature.StandardisedFlux => Standardised(curve.Flux),
        LightCurveFeature.Magnitude => curve.Magnitude,
        LightCurveFeature.Error => curve.Error,
        _ => throw new ArgumentException($"Unknown feature {feature}.", nameof(feature)),
    };

    private static double[] Standardised(double[] flux)
    {
        double median = PhaseFolding.Median(flux), mean = flux.Average();
        double std = Math.Sqrt(flux.Sum(f => (f - mean) * (f - mean)) / Math.Max(1, flux.Length - 1));
        return Array.ConvertAll(flux, f => std > 0 ? (f - median) / std : 0);
    }

    public override string ToString() =>
        $"LightCurveSet: {Count:N0} curves, {Classes.Count} classes ({string.Join(", ", Classes)}), " +
        $"{(Count > 0 ? Curves.Min(c => c.Length) : 0)}–{(Count > 0 ? Curves.Max(c => c.Length) : 0)} points";
}
