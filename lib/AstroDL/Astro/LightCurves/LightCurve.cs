namespace AstroDL.Astro.LightCurves;

/// <summary>
/// One simulated light curve: observation times (days), flux relative to the star's mean out-of-eclipse level
/// (1 = normal brightness), the 1σ error of each point and the parameters it was made from.
/// </summary>
public sealed class LightCurve(double[] time, double[] flux, double[] error, LightCurveParameters parameters)
{
    /// <summary>Observation times in days from the start of the curve, increasing.</summary>
    public double[] Time { get; } = time;

    /// <summary>Relative flux at each time, noise included.</summary>
    public double[] Flux { get; } = flux;

    /// <summary>The 1σ white-noise error of each point in flux units (red noise is not in it, as in real pipelines).</summary>
    public double[] Error { get; } = error;

    /// <summary>The true class, period, amplitude and the rest.</summary>
    public LightCurveParameters Parameters { get; } = parameters;

    public int Length => Time.Length;

    /// <summary>Magnitudes relative to the mean level: −2.5 log10(flux) (brighter is smaller).</summary>
    public double[] Magnitude => Array.ConvertAll(Flux, f => -2.5 * Math.Log10(Math.Max(f, 1e-6)));

    /// <summary>The errors in magnitudes: 2.5/ln 10 · σ/flux.</summary>
    public double[] MagnitudeError => Flux.Select((f, i) => 1.0857362047581294 * Error[i] / Math.Max(f, 1e-6)).ToArray();

    public override string ToString() =>
        $"LightCurve: {Parameters.Class}, {Length} points over {(Length > 0 ? Time[^1] - Time[0] : 0):0.#} d, {Parameters}";
}
