namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Parameter ranges that make each Galaxy10 DECaLS class look like itself (sizes for a 64-pixel stamp, scaled with it):
/// smooth Sérsic ellipticals by roundness, spirals by pitch and bulge, a Ferrers bar with arms from its ends, sech²
/// edge-on discs with and without a bulge and dust lane, two-body mergers with tidal tails, and lopsided clumpy discs.
/// </summary>
internal static class Galaxy10Preset
{
    private const double Degree = Math.PI / 180;

    public static GalaxyModel Draw(Galaxy10Class galaxyClass, ref ImageStream stream, int size)
    {
        var random = new PresetRandom(ref stream, size);
        return galaxyClass switch
        {
            Galaxy10Class.RoundSmooth => Smooth(ref random, galaxyClass, (3, 6), (0.8, 1.0), (3, 9)),
            Galaxy10Class.InBetweenRoundSmooth => Smooth(ref random, galaxyClass, (2.5, 5), (0.5, 0.8), (3, 9)),
            Galaxy10Class.CigarShapedSmooth => Smooth(ref random, galaxyClass, (1.5, 4), (0.2, 0.45), (4, 10)),
            Galaxy10Class.UnbarredTightSpiral => Spiral(ref random, galaxyClass, bulge: (0.2, 0.45), pitch: (8, 15), arms: (2, 2), barred: false),
            Galaxy10Class.UnbarredLooseSpiral => Spiral(ref random, galaxyClass, bulge: (0.03, 0.2), pitch: (20, 35), arms: (2, 3), barred: false),
            Galaxy10Class.BarredSpiral => Spiral(ref random, galaxyClass, bulge: (0.1, 0.3), pitch: (12, 25), arms: (2, 2), barred: true),
            Galaxy10Class.EdgeOnWithoutBulge => EdgeOn(ref random, galaxyClass, withBulge: false),
            Galaxy10Class.EdgeOnWithBulge => EdgeOn(ref random, galaxyClass, withBulge: true),
            Galaxy10Class.Merging => Merger(ref random),
            Galaxy10Class.Disturbed => Disturbed(ref random),
            _ => throw new ArgumentOutOfRangeException(nameof(galaxyClass), galaxyClass, "not a Galaxy10 class"),
        };
    }

    private static GalaxyModel Smooth(ref PresetRandom random, Galaxy10Class label, (double, double) n, (double, double) q, (double, double) re)
    {
        var (x, y) = random.Offset();
        var placement = new Placement(x, y, random.Uniform(q.Item1, q.Item2), random.Angle());
        var bulge = new SersicComponent(random.Flux(), BandColour.Old, placement, random.Uniform(n.Item1, n.Item2), random.Length(re.Item1, re.Item2));
        return new GalaxyModel([bulge], Truth(label, bulge.N, bulge.EffectiveRadius, placement, bulge.Flux));
    }

    private static GalaxyModel Spiral(ref PresetRandom random, Galaxy10Class label, (double, double) bulge, (double, double) pitch, (int, int) arms,
        bool barred)
    {
        var (x, y) = random.Offset();
        double flux = random.Flux(), bulgeFraction = random.Uniform(bulge.Item1, bulge.Item2);
        double barFraction = barred ? random.Uniform(0.15, 0.3) : 0;
        double h = random.Length(5, 9);
        // Face-on to moderately inclined (i < 55°), so the arms stay visible.
        var disc = new Placement(x, y, random.Uniform(0.6, 1.0), random.Angle());
        double barLength = barred ? random.Uniform(1.0, 1.5) * h : 0, barAngle = random.Angle();
        int count = random.Integer(arms.Item1, arms.Item2 + 1);
        double psi = random.Uniform(pitch.Item1, pitch.Item2) * Degree;
        // Barred: the arm crest Φ = 0 passes through the bar's end (θ = barAngle, R = a_b).
        double phase = barred ? -count * (barAngle - Math.Log(barLength / h) / Math.Tan(psi)) : random.Uniform(0, 2 * Math.PI);
        var spiral = new SpiralArms(count, psi, random.Uniform(0.45, 0.75), random.Uniform(1.5, 3), phase, barLength);
        var components = new List<GalaxyComponent>
        {
            new DiscComponent(flux * (1 - bulgeFraction - barFraction), BandColour.Disc, disc, h, spiral),
            new SersicComponent(flux * bulgeFraction, BandColour.Old, disc with { AxisRatio = random.Uniform(0.8, 1.0) },
                random.Uniform(2, 4), Math.Max(1.2 * random.Scale, random.Uniform(0.2, 0.35) * h)),
        };
        if (barred)
            components.Add(new BarComponent(flux * barFraction, BandColour.Old, disc with { AxisRatio = random.Uniform(0.2, 0.35), PositionAngle = disc.PositionAngle + barAngle },
                barLength));
        if (label == Galaxy10Class.UnbarredLooseSpiral) components.Add(Knots(ref random, flux * 0.05, h, disc, random.Integer(4, 12)));
        return new GalaxyModel(components, Truth(label, 1, 1.678 * h, disc, flux));
    }

    private static GalaxyModel EdgeOn(ref PresetRandom random, Galaxy10Class label, bool withBulge)
    {
        var (x, y) = random.Offset();
        double flux = random.Flux(), h = random.Length(5, 10), z0 = random.Uniform(0.1, 0.2) * h;
        var placement = new Placement(x, y, 1, random.Angle());
        double bulgeFraction = withBulge ? random.Uniform(0.2, 0.5) : 0;
        double dust = withBulge ? random.Uniform(0.3, 0.8) : random.Uniform(0, 0.3);
        var components = new List<GalaxyComponent>
        {
            new EdgeOnDiscComponent(flux * (1 - bulgeFraction), BandColour.Disc, placement, h, z0, dust, Math.Max(0.6, 0.4 * z0)),
        };
        if (withBulge)
            components.Add(new SersicComponent(flux * bulgeFraction, BandColour.Old, placement with { AxisRatio = random.Uniform(0.6, 0.9) },
                random.Uniform(2, 4), random.Uniform(0.3, 0.6) * h, Boxiness: random.Uniform(2.5, 3)));
        return new GalaxyModel(components, Truth(label, 1, 1.678 * h, placement with { AxisRatio = z0 / h }, flux));
    }

    private static GalaxyModel Merger(ref PresetRandom random)
    {
        double flux = random.Flux(), ratio = random.Uniform(1, 4);
        double re1 = random.Length(3, 7), re2 = random.Length(2.5, 6);
        double separation = random.Uniform(0.5, 2) * (re1 + re2), direction = random.Uniform(0, 2 * Math.PI);
        double f1 = flux * ratio / (1 + ratio), f2 = flux / (1 + ratio), tails = random.Uniform(0.05, 0.15);
        var (x, y) = random.Offset();
        double dx = 0.5 * separation * Math.Cos(direction), dy = 0.5 * separation * Math.Sin(direction);
        var p1 = new Placement(x - dx, y - dy, random.Uniform(0.5, 1), random.Angle());
        var p2 = new Placement(x + dx, y + dy, random.Uniform(0.5, 1), random.Angle());
        var components = new List<GalaxyComponent>
        {
            new SersicComponent(f1 * (1 - tails), BandColour.Old, p1, random.Uniform(1, 4), re1),
            new SersicComponent(f2 * (1 - tails), BandColour.Disc, p2, random.Uniform(1, 3), re2),
            Tail(ref random, flux * tails * 0.6, p1, direction + Math.PI, re1 + separation * 0.5),
        };
        if (random.Uniform(0, 1) < 0.6) components.Add(Tail(ref random, flux * tails * 0.4, p2, direction, re2 + separation * 0.5));
        return new GalaxyModel(components, Truth(Galaxy10Class.Merging, ((SersicComponent)components[0]).N, re1, p1, flux));
    }

    private static GalaxyModel Disturbed(ref PresetRandom random)
    {
        var (x, y) = random.Offset();
        double flux = random.Flux(), h = random.Length(4, 8), knots = random.Uniform(0.15, 0.3), bulge = random.Uniform(0.1, 0.3);
        var disc = new Placement(x, y, random.Uniform(0.5, 1), random.Angle());
        var offset = random.Offset(3);
        var components = new List<GalaxyComponent>
        {
            new DiscComponent(flux * (1 - knots - bulge), BandColour.Disc, disc, h, Lopsidedness: random.Uniform(0.2, 0.5), LopsidedAngle: random.Uniform(0, 2 * Math.PI)),
            new SersicComponent(flux * bulge, BandColour.Old, disc with { X = x + offset.X, Y = y + offset.Y, AxisRatio = random.Uniform(0.7, 1) },
                random.Uniform(1.5, 3), Math.Max(1.2 * random.Scale, 0.3 * h)),
            Knots(ref random, flux * knots, 1.3 * h, disc, random.Integer(5, 31)),
        };
        return new GalaxyModel(components, Truth(Galaxy10Class.Disturbed, 1, 1.678 * h, disc, flux));
    }

    /// <summary>Knots scattered over a disc, exponentially concentrated with scale <paramref name="h"/>.</summary>
    private static KnotsComponent Knots(ref PresetRandom random, double flux, double h, Placement disc, int count)
    {
        var knots = new List<(double, double, double)>();
        var (cos, sin) = (Math.Cos(disc.PositionAngle), Math.Sin(disc.PositionAngle));
        for (int i = 0; i < count; i++)
        {
            // The radius of an exponential disc's light is Gamma(2, h): the sum of two exponentials.
            double r = -h * (Math.Log(1 - random.Uniform(0, 1)) + Math.Log(1 - random.Uniform(0, 1)));
            double theta = random.Uniform(0, 2 * Math.PI), u = r * Math.Cos(theta), v = r * Math.Sin(theta) * disc.AxisRatio;
            knots.Add((disc.X + u * cos - v * sin, disc.Y + u * sin + v * cos, random.Uniform(0.3, 1)));
        }
        return new KnotsComponent(flux, BandColour.Young, knots, random.Uniform(0.7, 1.2) * random.Scale);
    }

    /// <summary>A tidal tail: a ribbon of blobs along a curving arc that leaves the galaxy away from its partner and fades.</summary>
    private static KnotsComponent Tail(ref PresetRandom random, double flux, Placement from, double direction, double start)
    {
        double length = random.Length(12, 24), bend = random.Uniform(0.6, 1.4) * (random.Uniform(0, 1) < 0.5 ? -1 : 1);
        var blobs = new List<(double, double, double)>();
        const int steps = 40;
        for (int i = 0; i < steps; i++)
        {
            double t = i / (steps - 1.0), r = start * 0.6 + t * length, angle = direction + bend * t;
            blobs.Add((from.X + r * Math.Cos(angle), from.Y + r * Math.Sin(angle), 1 - 0.7 * t));
        }
        return new KnotsComponent(flux, BandColour.Young, blobs, random.Length(1.2, 2));
    }

    private static GalaxyParameters Truth(Galaxy10Class label, double n, double re, Placement placement, double flux) =>
        new((int)label, n, re, placement.AxisRatio, placement.PositionAngle, flux, 1);
}
