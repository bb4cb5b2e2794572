namespace AstroDL.Astro.LightCurves;

/// <summary>
/// A planet on a circular orbit: radius ratio Rp/R*, semi-major axis in stellar radii a/R*, impact parameter
/// b = (a/R*) cos i, and the quadratic limb-darkening coefficients of I(μ)/I(1) = 1 − u1(1−μ) − u2(1−μ)².
/// </summary>
public sealed record TransitParameters(double RadiusRatio, double ScaledSemiMajorAxis, double ImpactParameter, double U1, double U2)
{
    /// <summary>Total duration, first to fourth contact, in days (Winn 2010): P/π · asin(√((1+p)² − b²) / ((a/R*) sin i)).</summary>
    public double Duration(double period)
    {
        double sinI = Math.Sqrt(1 - Math.Pow(ImpactParameter / ScaledSemiMajorAxis, 2));
        double chord = Math.Sqrt(Math.Max(0, Math.Pow(1 + RadiusRatio, 2) - ImpactParameter * ImpactParameter));
        return period / Math.PI * Math.Asin(Math.Min(1, chord / (ScaledSemiMajorAxis * sinI)));
    }

    public override string ToString() =>
        $"Rp/R* = {RadiusRatio:0.####}, a/R* = {ScaledSemiMajorAxis:0.##}, b = {ImpactParameter:0.##}, u = ({U1:0.##}, {U2:0.##})";
}
