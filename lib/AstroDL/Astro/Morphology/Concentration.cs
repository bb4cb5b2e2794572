namespace AstroDL.Astro.Morphology;

/// <summary>Concentration C = 5 log10(r80 / r20) of circular apertures (Bershady et al. 2000): discs ≈ 2.8, ellipticals ≈ 5.</summary>
public static class Concentration
{
    public static double Measure(MaskedImage image) =>
        5 * Math.Log10(GrowthCurve.RadiusEnclosing(image, 0.8) / GrowthCurve.RadiusEnclosing(image, 0.2));
}
