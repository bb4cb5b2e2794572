namespace AstroDL.Astro.LightCurves;

/// <summary>
/// The truth behind a simulated light curve. <see cref="Period"/> is in days (for <see cref="LightCurveClass.Constant"/>
/// it is a period drawn like a transit's, to fold negatives like positives); <see cref="Epoch"/> is the time of the
/// primary minimum (transit centre, primary eclipse) or of maximum light (pulsators, rotators);
/// <see cref="Amplitude"/> is the peak-to-peak range of the noiseless curve in magnitudes.
/// </summary>
public sealed record LightCurveParameters(
    LightCurveClass Class, double Period, double Epoch, double Amplitude, double WhiteNoise, double RedNoise,
    double RedNoiseTimescale, TransitParameters? Transit = null)
{
    public override string ToString() =>
        $"P = {Period:0.#####} d, amplitude {Amplitude:0.####} mag" + (Transit is { } t ? $", {t}" : "");
}
