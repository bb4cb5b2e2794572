namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Two overlapping galaxies (label 2: the number of objects), single Sérsics at separations of 0.3–1.5 times the sum of
/// their half-light radii, so that a deblender must split their light; the truth describes the brighter one.
/// </summary>
internal static class BlendPreset
{
    public const int Objects = 2;

    public static GalaxyModel Draw(ref ImageStream stream, int size)
    {
        var random = new PresetRandom(ref stream, size);
        double re1 = random.Length(2.5, 7), re2 = random.Length(2, 6), ratio = random.Uniform(1, 4), flux = random.Flux();
        double separation = random.Uniform(0.3, 1.5) * (re1 + re2), direction = random.Uniform(0, 2 * Math.PI);
        double dx = 0.5 * separation * Math.Cos(direction), dy = 0.5 * separation * Math.Sin(direction);
        var first = new SersicComponent(flux * ratio / (1 + ratio), BandColour.Old, new Placement(-dx, -dy, random.Uniform(0.4, 1), random.Angle()),
            random.Uniform(1, 4), re1);
        var second = new SersicComponent(flux / (1 + ratio), BandColour.Disc, new Placement(dx, dy, random.Uniform(0.4, 1), random.Angle()),
            random.Uniform(0.7, 3), re2);
        var truth = new GalaxyParameters(Objects, first.N, re1, first.Placement.AxisRatio, first.Placement.PositionAngle, flux, 1);
        return new GalaxyModel([first, second], truth, [[0], [1]]);
    }
}
