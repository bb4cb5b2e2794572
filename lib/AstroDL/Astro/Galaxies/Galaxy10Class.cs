namespace AstroDL.Astro.Galaxies;

/// <summary>
/// The ten classes of Galaxy10 DECaLS (Leung &amp; Bovy), in the label order of the data set's <c>ans</c> column.
/// </summary>
public enum Galaxy10Class
{
    Disturbed,
    Merging,
    RoundSmooth,
    InBetweenRoundSmooth,
    CigarShapedSmooth,
    BarredSpiral,
    UnbarredTightSpiral,
    UnbarredLooseSpiral,
    EdgeOnWithoutBulge,
    EdgeOnWithBulge,
}

/// <summary>The class names as the Galaxy10 README writes them (astroNN's table names class 3 wrongly).</summary>
public static class Galaxy10Classes
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "Disturbed",
        "Merging",
        "Round Smooth",
        "In-between Round Smooth",
        "Cigar Shaped Smooth",
        "Barred Spiral",
        "Unbarred Tight Spiral",
        "Unbarred Loose Spiral",
        "Edge-on without Bulge",
        "Edge-on with Bulge",
    ];

    public static string Name(this Galaxy10Class galaxyClass) => Names[(int)galaxyClass];
}
