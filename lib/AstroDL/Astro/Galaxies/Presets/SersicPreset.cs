namespace AstroDL.Astro.Galaxies;

/// <summary>
/// One Sérsic profile per image, for parameter regression (Tuccillo et al.'s single-component galaxies): n log-uniform in
/// [0.5, 6], R_e uniform in [2, 8] pixels (for 64-pixel stamps, scaled with the size), axis ratio uniform in [0.3, 1], a
/// random position angle and an old stellar colour, centred within half a pixel (scaled) so the stamp holds the galaxy.
/// </summary>
internal static class SersicPreset
{
    public const double MinN = 0.5, MaxN = 6, MinRadius = 2, MaxRadius = 8, MinAxisRatio = 0.3;

    public static GalaxyModel Draw(ref ImageStream stream, int size)
    {
        var random = new PresetRandom(ref stream, size);
        var (x, y) = random.Offset(0.5);
        var placement = new Placement(x, y, random.Uniform(MinAxisRatio, 1), random.Angle());
        double n = random.LogUniform(MinN, MaxN), radius = random.Length(MinRadius, MaxRadius), flux = random.Flux();
        var sersic = new SersicComponent(flux, BandColour.Old, placement, n, radius);
        return new GalaxyModel([sersic], new GalaxyParameters(0, n, radius, placement.AxisRatio, placement.PositionAngle, flux, 1));
    }
}
