namespace AstroDL.Astro.LightCurves;

/// <summary>
/// The flux of a star with a transiting planet: the uniform-disc occultation scaled by the quadratic limb-darkened
/// intensity under the planet (the small-planet approximation of Mandel &amp; Agol 2002, §5, good for Rp/R* ≲ 0.1).
/// </summary>
public static class TransitModel
{
    /// <summary>The centre-to-centre distance in stellar radii at time <paramref name="t"/>, or ∞ while the planet is behind the star.</summary>
    public static double Separation(double t, double period, double epoch, TransitParameters planet)
    {
        double phase = 2 * Math.PI * (t - epoch) / period;
        double cosI = planet.ImpactParameter / planet.ScaledSemiMajorAxis;
        var (sin, cos) = Math.SinCos(phase);
        if (cos <= 0) return double.PositiveInfinity;
        return planet.ScaledSemiMajorAxis * Math.Sqrt(sin * sin + cosI * cosI * cos * cos);
    }

    /// <summary>Relative flux (1 out of transit) at separation <paramref name="z"/>.</summary>
    public static double Flux(double z, TransitParameters planet)
    {
        double p = planet.RadiusRatio;
        double covered = Occultation.CoveredFraction(p, z);
        if (covered == 0) return 1;
        double mu = Math.Sqrt(1 - Math.Min(z, 1) * Math.Min(z, 1));
        double intensity = 1 - planet.U1 * (1 - mu) - planet.U2 * (1 - mu) * (1 - mu);
        double mean = 1 - planet.U1 / 3 - planet.U2 / 6;
        return 1 - covered * intensity / mean;
    }

    /// <summary>Relative flux at time <paramref name="t"/> of a planet whose transit centres fall on epoch + k·period.</summary>
    public static double Flux(double t, double period, double epoch, TransitParameters planet) =>
        Flux(Separation(t, period, epoch, planet), planet);
}
