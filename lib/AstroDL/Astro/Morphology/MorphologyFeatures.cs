namespace AstroDL.Astro.Morphology;

/// <summary>All the non-parametric measurements of one galaxy: the features of a classical (non-CNN) classifier.</summary>
public sealed record MorphologyFeatures(double Concentration, double Asymmetry, double Smoothness, double Gini, double M20, double Ellipticity,
    double HalfLightRadius)
{
    /// <summary>Segments <paramref name="pixels"/> at 2 sky sigmas (see <see cref="Segmentation.AboveSky"/>) and measures the galaxy.</summary>
    public static MorphologyFeatures Measure(float[] pixels, int width, int height, double skySigma) =>
        Measure(new MaskedImage(pixels, width, height, Segmentation.AboveSky(pixels, width, height, skySigma)), skySigma);

    public static MorphologyFeatures Measure(MaskedImage image, double skySigma = 0) => new(Morphology.Concentration.Measure(image),
        Morphology.Asymmetry.Measure(image, skySigma), Morphology.Smoothness.Measure(image), Morphology.Gini.Measure(image),
        Morphology.M20.Measure(image), Morphology.Ellipticity.Measure(image).Ellipticity, Morphology.HalfLightRadius.Measure(image));
}
