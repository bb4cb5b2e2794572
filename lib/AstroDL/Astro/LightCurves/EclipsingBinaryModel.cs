namespace AstroDL.Astro.LightCurves;

/// <summary>
/// Two uniform spherical stars on a circular orbit, with an ellipsoidal (tidal) term: star 1 of radius 1, star 2 of
/// radius <see cref="RadiusRatio"/> and surface brightness <see cref="BrightnessRatio"/> relative to star 1, separation
/// <see cref="ScaledSeparation"/> (in star 1's radii), impact parameter <see cref="ImpactParameter"/>, and a flux
/// loss of up to <see cref="Ellipsoidal"/> at twice the orbital frequency, deepest at the eclipses. Phase 0 is the primary eclipse (star 2 in
/// front), 0.5 the secondary.
/// </summary>
internal sealed record EclipsingBinaryModel(double RadiusRatio, double BrightnessRatio, double ScaledSeparation, double ImpactParameter, double Ellipsoidal)
{
    public double Flux(double phase)
    {
        double k = RadiusRatio, light2 = k * k * BrightnessRatio;
        double cosI = ImpactParameter / ScaledSeparation;
        var (sin, cos) = Math.SinCos(2 * Math.PI * phase);
        double z = ScaledSeparation * Math.Sqrt(sin * sin + cosI * cosI * cos * cos);
        double lost = cos > 0 ? Occultation.CoveredFraction(k, z) : light2 * Occultation.CoveredFraction(1 / k, z / k);
        // Tidally stretched stars show their smallest faces at conjunction (phases 0 and ½) and look brightest at quadrature.
        double tidal = 1 - 0.5 * Ellipsoidal * (1 + Math.Cos(4 * Math.PI * phase));
        return tidal * (1 + light2 - lost) / (1 + light2);
    }

    /// <summary>The radius ratio whose central primary eclipse is <paramref name="depth"/> deep in flux: k² = d / (1 − dJ), kept in [0.3, 1].</summary>
    public static double RadiusRatioFor(double depth, double brightnessRatio) =>
        Math.Clamp(Math.Sqrt(depth / Math.Max(1e-3, 1 - depth * brightnessRatio)), 0.3, 1.0);
}
