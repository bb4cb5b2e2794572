namespace AstroDL.Astro.Galaxies;

/// <summary>
/// The colour of a component as g − r and r − z in magnitudes; its flux in the g, r and z bands is its r-band flux times
/// <see cref="Weight"/> of that band.
/// </summary>
public readonly record struct BandColour(double GMinusR, double RMinusZ)
{
    /// <summary>Bulges and ellipticals: red.</summary>
    public static BandColour Old { get; } = new(0.75, 0.45);

    /// <summary>Discs: bluer.</summary>
    public static BandColour Disc { get; } = new(0.5, 0.3);

    /// <summary>Spiral arms, knots of star formation and tidal debris: bluest.</summary>
    public static BandColour Young { get; } = new(0.3, 0.15);

    /// <summary>The flux in band <paramref name="band"/> (0 g, 1 r, 2 z) relative to the r band; a single band is r.</summary>
    public double Weight(int band, int bands) => bands == 1 ? 1 : band switch
    {
        0 => Math.Pow(10, -0.4 * GMinusR),
        1 => 1,
        _ => Math.Pow(10, 0.4 * RMinusZ),
    };
}
