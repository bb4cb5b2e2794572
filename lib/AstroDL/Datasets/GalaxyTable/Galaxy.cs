using AstroDL.Astro;

namespace AstroDL.Datasets;

/// <summary>
/// One row of the galaxy table (data/galaxies/galaxies.csv, from the d3-celestial catalogue). Angles in degrees,
/// sizes in arcminutes; <see cref="Magnitude"/> and <see cref="BMinusV"/> are null where the catalogue has none.
/// </summary>
/// <param name="Id">Catalogue designation, e.g. NGC 224.</param>
/// <param name="Name">Common designation, e.g. M 31 (the id where there is none).</param>
/// <param name="Ra">Right ascension, 0 to 360 degrees.</param>
/// <param name="Dec">Declination, −90 to 90 degrees.</param>
/// <param name="Type">The catalogue's object type code: e, s, s0 or i.</param>
/// <param name="Class">The broad class, from the Hubble type where it states one (see data/README.md).</param>
/// <param name="HubbleType">The morphology as the catalogue gives it, e.g. SA(s)b; may be empty.</param>
public sealed record Galaxy(
    string Id,
    string Name,
    double Ra,
    double Dec,
    string Type,
    GalaxyClass Class,
    string HubbleType,
    double MajorAxis,
    double MinorAxis,
    double AxisRatio,
    double? Magnitude,
    double? BMinusV)
{
    /// <summary>The value of <paramref name="feature"/>, or null when the catalogue lacks it.</summary>
    public double? Get(GalaxyFeature feature) => feature switch
    {
        GalaxyFeature.AxisRatio => AxisRatio,
        GalaxyFeature.BMinusV => BMinusV,
        GalaxyFeature.LogMajorAxis => Math.Log10(MajorAxis),
        GalaxyFeature.Magnitude => Magnitude,
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "not a galaxy feature"),
    };
}
