namespace AstroDL.Astro.Morphology;

/// <summary>The radius of the circle about the centroid that holds half the masked light, in pixels.</summary>
public static class HalfLightRadius
{
    public static double Measure(MaskedImage image) => GrowthCurve.RadiusEnclosing(image, 0.5);
}
