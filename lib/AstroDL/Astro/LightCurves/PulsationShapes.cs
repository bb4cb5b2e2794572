namespace AstroDL.Astro.LightCurves;

/// <summary>
/// Light-curve shapes of pulsating stars as functions of phase (0 at maximum light), scaled to a peak-to-peak range
/// of 1 in magnitude (0 brightest, 1 faintest).
/// </summary>
internal static class PulsationShapes
{
    /// <summary>
    /// A smooth cycle that fades for (1 − rise) of the period and brightens in the rest: rise 0.5 is a sinusoid, a
    /// small rise the fast climb of an RRab star or a Cepheid.
    /// </summary>
    public static double Skewed(double phase, double rise)
    {
        double x = phase - Math.Floor(phase);
        double fall = 1 - rise;
        return x < fall ? 0.5 * (1 - Math.Cos(Math.PI * x / fall)) : 0.5 * (1 + Math.Cos(Math.PI * (x - fall) / rise));
    }

    /// <summary>
    /// A Cepheid: a skewed cycle with the Hertzsprung bump, which for periods of 6–16 days moves from the falling branch
    /// (short periods) through maximum (about 10 days) to the rising branch (long periods).
    /// </summary>
    public static Func<double, double> Cepheid(double period, double rise)
    {
        double bump = period is > 6 and < 16 ? 0.2 : 0;
        double at = 0.35 - 0.05 * (period - 6);
        return Normalised(x => Skewed(x, rise) - bump * Math.Exp(-Math.Pow(Wrap(x - at) / 0.06, 2)));
    }

    /// <summary>An RR Lyrae star: RRab's fast rise with a small hump before minimum, or RRc's near-sinusoid.</summary>
    public static Func<double, double> RRLyrae(bool fundamental, double rise) => fundamental
        ? Normalised(x => Skewed(x, rise) - 0.08 * Math.Exp(-Math.Pow(Wrap(x - 0.7) / 0.05, 2)))
        : Normalised(x => Skewed(x, rise));

    /// <summary>Distance to the nearest whole number, signed: where a phase lies relative to a feature at phase 0.</summary>
    private static double Wrap(double x) => x - Math.Round(x);

    /// <summary>Rescales a shape so its range over a cycle is exactly [0, 1].</summary>
    private static Func<double, double> Normalised(Func<double, double> shape)
    {
        var samples = Enumerable.Range(0, 1000).Select(i => shape(i / 1000.0)).ToArray();
        double min = samples.Min(), range = samples.Max() - min;
        return x => (shape(x - Math.Floor(x)) - min) / range;
    }
}
