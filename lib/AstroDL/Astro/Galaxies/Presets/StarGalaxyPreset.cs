namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Stars (label 0: the PSF alone) and small galaxies (label 1: a Sérsic with R_e of 0.3–3 PSF half widths, blurred by the
/// same PSF), for star–galaxy classification; stars take a random colour, galaxies an old or disc colour.
/// </summary>
internal static class StarGalaxyPreset
{
    public const int Star = 0, Galaxy = 1;

    public static GalaxyModel Draw(int label, ref ImageStream stream, Observation observation)
    {
        var random = new PresetRandom(ref stream, observation.Size);
        var (x, y) = random.Offset(0.5);
        double flux = random.LogUniform(2e4, 2e5) * random.Scale * random.Scale;
        if (label == Star)
        {
            var colour = new BandColour(random.Uniform(0.2, 1.4), random.Uniform(0.0, 0.8));
            return new GalaxyModel([new PointSourceComponent(flux, colour, x, y)], new GalaxyParameters(Star, 0, 0, 1, 0, flux, 1));
        }
        double halfWidth = 0.5 * Math.Max(observation.PsfFwhm, 1);
        var placement = new Placement(x, y, random.Uniform(0.4, 1), random.Angle());
        var sersic = new SersicComponent(flux, random.Uniform(0, 1) < 0.5 ? BandColour.Old : BandColour.Disc, placement,
            random.Uniform(0.5, 4), random.Uniform(0.3, 3) * halfWidth);
        return new GalaxyModel([sersic], new GalaxyParameters(Galaxy, sersic.N, sersic.EffectiveRadius, placement.AxisRatio, placement.PositionAngle, flux, 1));
    }
}
