namespace AstroDL.Astro.LightCurves;

/// <summary>
/// A noiseless star: its relative flux as a function of time, the period and epoch it was built with, and whether it
/// repeats exactly each period (then its amplitude is measured over one period, else over the observed times).
/// </summary>
internal sealed record StarModel(Func<double, double> Flux, double Period, double Epoch, bool Periodic, TransitParameters? Transit = null)
{
    /// <summary>Peak-to-peak range in magnitudes.</summary>
    public double Amplitude(double[] times)
    {
        var at = Periodic ? Enumerable.Range(0, 2000).Select(i => Epoch + Period * (i / 2000.0 - 0.5)) : times;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var t in at)
        {
            double f = Flux(t);
            min = Math.Min(min, f);
            max = Math.Max(max, f);
        }
        return max > 0 && min > 0 ? 2.5 * Math.Log10(max / min) : 0;
    }
}
