namespace AstroDL.Astro.LightCurves;

/// <summary>
/// The periods (days) and amplitudes (magnitudes) of one class of variable star in the GCVS: how many stars, and
/// the deciles of each quantity (index 0 the minimum, 10 the maximum). Draws interpolate between deciles in log, so
/// they follow the catalogue's distribution and stay inside its range.
/// </summary>
public sealed record VariablePrior(
    LightCurveClass Class, string GcvsTypes, int Count, int WithPeriod, double Log10PeriodMean, double Log10PeriodStd,
    IReadOnlyList<double> PeriodDeciles, int WithAmplitude, IReadOnlyList<double> AmplitudeDeciles)
{
    /// <summary>The period at cumulative probability <paramref name="u"/> in [0, 1].</summary>
    public double PeriodQuantile(double u) => Quantile(PeriodDeciles, u);

    /// <summary>The amplitude at cumulative probability <paramref name="u"/> in [0, 1].</summary>
    public double AmplitudeQuantile(double u) => Quantile(AmplitudeDeciles, u);

    /// <summary>The fraction of the catalogue's periods below <paramref name="period"/>.</summary>
    public double PeriodFraction(double period)
    {
        var d = PeriodDeciles;
        if (period <= d[0]) return 0;
        for (int k = 1; k < d.Count; k++)
            if (period <= d[k]) return (k - 1 + Math.Log(period / d[k - 1]) / Math.Log(d[k] / d[k - 1])) / (d.Count - 1);
        return 1;
    }

    private static double Quantile(IReadOnlyList<double> deciles, double u)
    {
        double x = Math.Clamp(u, 0, 1) * (deciles.Count - 1);
        int k = Math.Min((int)x, deciles.Count - 2);
        return deciles[k] * Math.Pow(deciles[k + 1] / deciles[k], x - k);
    }
}
