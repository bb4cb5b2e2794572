namespace AstroDL.Astro.LightCurves;

/// <summary>
/// Draws a star of a class: period and amplitude from the GCVS priors where the catalogue has the class, shape
/// parameters from the ranges typical of the class, transits from a Kepler-like planet population.
/// </summary>
internal static class StarModels
{
    /// <summary>The longest periods drawn: beyond them a curve of a few hundred days shows too few cycles to learn from.</summary>
    private static readonly Dictionary<LightCurveClass, double> LongestPeriod = new()
    {
        [LightCurveClass.EclipsingAlgol] = 30, [LightCurveClass.EclipsingBetaLyrae] = 30, [LightCurveClass.Rotator] = 30,
    };

    public static StarModel Draw(LightCurveClass kind, CurveRandom random, VariablePriors priors, double span) => kind switch
    {
        LightCurveClass.Constant => new StarModel(_ => 1, PlanetPeriod(random, span), 0, Periodic: true),
        LightCurveClass.Transit => Transit(random, span),
        LightCurveClass.EclipsingAlgol => Eclipsing(random, priors[kind], kind, random.Uniform(4, 12), random.Uniform(0.1, 0.8), 0),
        LightCurveClass.EclipsingBetaLyrae => Eclipsing(random, priors[kind], kind, random.Uniform(2.5, 4), random.Uniform(0.3, 0.7), random.Uniform(0.05, 0.15)),
        LightCurveClass.EclipsingWUMa => Eclipsing(random, priors[kind], kind, random.Uniform(2.0, 2.4), random.Uniform(0.85, 1.0), random.Uniform(0.1, 0.25)),
        LightCurveClass.RRLyraeAB => Pulsator(random, priors[kind], kind, PulsationShapes.RRLyrae(true, random.Uniform(0.1, 0.2))),
        LightCurveClass.RRLyraeC => Pulsator(random, priors[kind], kind, PulsationShapes.RRLyrae(false, random.Uniform(0.35, 0.5))),
        LightCurveClass.Cepheid => Cepheid(random, priors[kind]),
        LightCurveClass.DeltaScuti => DeltaScuti(random, priors[kind]),
        LightCurveClass.Mira => Mira(random, priors[kind], span),
        LightCurveClass.Rotator => Rotator(random, priors[kind]),
        _ => throw new ArgumentException($"Unknown light-curve class {kind}.", nameof(kind)),
    };

    private static double Period(CurveRandom random, VariablePrior prior, LightCurveClass kind)
    {
        double top = LongestPeriod.TryGetValue(kind, out var longest) ? prior.PeriodFraction(longest) : 1;
        return prior.PeriodQuantile(random.Uniform(0, top));
    }

    private static double Amplitude(CurveRandom random, VariablePrior prior) => prior.AmplitudeQuantile(random.Uniform());

    /// <summary>Flux of a star whose magnitude is <paramref name="amplitude"/> · (shape − ½) about the mean.</summary>
    private static double FromMagnitude(double amplitude, double shape) => Math.Pow(10, -0.4 * amplitude * (shape - 0.5));

    /// <summary>Planet periods, log-uniform from half a day to 20 days, short enough for two transits in the span.</summary>
    private static double PlanetPeriod(CurveRandom random, double span) => random.LogUniform(0.5, Math.Clamp(span / 2, 0.6, 20));

    private static StarModel Transit(CurveRandom random, double span)
    {
        double period = PlanetPeriod(random, span);
        double density = random.Uniform(0.5, 2.0); // solar units
        double scaled = 4.206 * Math.Pow(period, 2.0 / 3) * Math.Cbrt(density);
        var planet = new TransitParameters(random.LogUniform(0.03, 0.15), scaled, random.Uniform(0, 0.9),
            random.Uniform(0.3, 0.5), random.Uniform(0.15, 0.35));
        double epoch = random.Uniform(0, period);
        return new StarModel(t => TransitModel.Flux(t, period, epoch, planet), period, epoch, Periodic: true, planet);
    }

    private static StarModel Eclipsing(CurveRandom random, VariablePrior prior, LightCurveClass kind, double separation, double brightness, double ellipsoidal)
    {
        double period = Period(random, prior, kind);
        double depth = 1 - Math.Pow(10, -0.4 * Amplitude(random, prior));
        double k = EclipsingBinaryModel.RadiusRatioFor(depth, brightness);
        var binary = new EclipsingBinaryModel(k, brightness, separation, random.Uniform(0, 0.5 * (1 + k)), ellipsoidal);
        double epoch = random.Uniform(0, period);
        return new StarModel(t => binary.Flux((t - epoch) / period), period, epoch, Periodic: true);
    }

    private static StarModel Pulsator(CurveRandom random, VariablePrior prior, LightCurveClass kind, Func<double, double> shape)
    {
        double period = Period(random, prior, kind), amplitude = Amplitude(random, prior), epoch = random.Uniform(0, period);
        return new StarModel(t => FromMagnitude(amplitude, shape((t - epoch) / period)), period, epoch, Periodic: true);
    }

    private static StarModel Cepheid(CurveRandom random, VariablePrior prior)
    {
        double period = Period(random, prior, LightCurveClass.Cepheid);
        var shape = PulsationShapes.Cepheid(period, random.Uniform(0.25, 0.4));
        double amplitude = Amplitude(random, prior), epoch = random.Uniform(0, period);
        return new StarModel(t => FromMagnitude(amplitude, shape((t - epoch) / period)), period, epoch, Periodic: true);
    }

    /// <summary>δ Scuti: the main mode plus two weaker ones at period ratios typical of radial and non-radial modes.</summary>
    private static StarModel DeltaScuti(CurveRandom random, VariablePrior prior)
    {
        double period = Period(random, prior, LightCurveClass.DeltaScuti), amplitude = Amplitude(random, prior), epoch = random.Uniform(0, period);
        double p2 = period / random.Uniform(1.2, 1.35), p3 = period / random.Uniform(1.5, 1.9);
        double a2 = random.Uniform(0.2, 0.5), a3 = random.Uniform(0.05, 0.25), phase2 = random.Uniform(0, 2 * Math.PI), phase3 = random.Uniform(0, 2 * Math.PI);
        double Shape(double t) => 0.5 - 0.5 * (Math.Cos(2 * Math.PI * (t - epoch) / period) + a2 * Math.Cos(2 * Math.PI * (t - epoch) / p2 + phase2)
            + a3 * Math.Cos(2 * Math.PI * (t - epoch) / p3 + phase3)) / (1 + a2 + a3);
        return new StarModel(t => FromMagnitude(amplitude, Shape(t)), period, epoch, Periodic: false);
    }

    /// <summary>A Mira: a skewed cycle whose depth changes by up to ±15% from one cycle to the next.</summary>
    private static StarModel Mira(CurveRandom random, VariablePrior prior, double span)
    {
        double period = Period(random, prior, LightCurveClass.Mira), amplitude = Amplitude(random, prior), epoch = random.Uniform(0, period);
        double rise = random.Uniform(0.35, 0.5);
        var depth = Enumerable.Range(0, (int)(span / period) + 3).Select(_ => random.Uniform(0.85, 1.15)).ToArray();
        double Flux(double t)
        {
            double cycles = (t - epoch) / period;
            return FromMagnitude(amplitude * depth[(int)Math.Floor(cycles) + 1], PulsationShapes.Skewed(cycles, rise));
        }
        return new StarModel(Flux, period, epoch, Periodic: false);
    }

    /// <summary>A spotted star: two harmonics of the rotation whose strength drifts as spots grow and decay over a few rotations.</summary>
    private static StarModel Rotator(CurveRandom random, VariablePrior prior)
    {
        double period = Period(random, prior, LightCurveClass.Rotator), amplitude = Amplitude(random, prior), epoch = random.Uniform(0, period);
        double second = random.Uniform(0, 0.4), phase2 = random.Uniform(0, 2 * Math.PI);
        double lifetime = period * random.Uniform(3, 10), drift = random.Uniform(0, 2 * Math.PI);
        double Shape(double t)
        {
            double x = 2 * Math.PI * (t - epoch) / period, strength = 1 + 0.3 * Math.Sin(2 * Math.PI * t / lifetime + drift);
            return 0.5 - 0.5 * strength * (Math.Cos(x) + second * Math.Cos(2 * x + phase2)) / (1 + second);
        }
        return new StarModel(t => FromMagnitude(amplitude, Shape(t)), period, epoch, Periodic: false);
    }
}
