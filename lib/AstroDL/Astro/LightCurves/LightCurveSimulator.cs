namespace AstroDL.Astro.LightCurves;

/// <summary>
/// Simulates light curves of transiting planets, eclipsing binaries and pulsating and spotted stars, sampled with a
/// <see cref="Cadence"/> and noisy by a <see cref="NoiseModel"/>. Curve <c>index</c> of <c>seed</c> is always the same
/// curve, whichever thread makes it. A notebook's data set in one line:
/// <c>var set = LightCurveSimulator.Dataset(count: 5000, seed: 0);</c>
/// </summary>
public sealed class LightCurveSimulator(Cadence? cadence = null, NoiseModel? noise = null, VariablePriors? priors = null)
{
    /// <summary>The most curves one seed can give (each has its own stretch of 2⁴⁰ random counters).</summary>
    public const int MaxIndex = 1 << 24;

    /// <summary>Every class, the default of <see cref="Dataset"/>.</summary>
    public static IReadOnlyList<LightCurveClass> AllClasses { get; } = Enum.GetValues<LightCurveClass>();

    public Cadence Cadence { get; } = cadence ?? Cadence.Ground();
    public NoiseModel Noise { get; } = noise ?? new NoiseModel();
    public VariablePriors Priors { get; } = priors ?? VariablePriors.Shipped;

    /// <summary>Curve number <paramref name="index"/> (0 to <see cref="MaxIndex"/> − 1) of class <paramref name="kind"/> for <paramref name="seed"/>.</summary>
    public LightCurve Simulate(LightCurveClass kind, long seed, int index)
    {
        if (index is < 0 or >= MaxIndex)
            throw new ArgumentException($"index is {index}; it must be in [0, {MaxIndex - 1}].", nameof(index));
        if (!Enum.IsDefined(kind)) throw new ArgumentException($"kind is {kind}; it must be one of {string.Join(", ", AllClasses)}.", nameof(kind));
        var random = new CurveRandom(seed, index);
        var time = Cadence.Times(random);
        double span = time.Length > 1 ? time[^1] - time[0] : 1;
        var star = StarModels.Draw(kind, random, Priors, span);
        var flux = Array.ConvertAll(time, t => star.Flux(t));
        double amplitude = star.Amplitude(time);
        var error = Noise.Apply(time, flux, random);
        var parameters = new LightCurveParameters(kind, star.Period, star.Epoch, amplitude, Noise.White, Noise.Red, Noise.RedTimescale, star.Transit);
        return new LightCurve(time, flux, error, parameters);
    }

    /// <summary>
    /// <paramref name="count"/> curves, curve i of class <c>classes[i % classes.Count]</c> (so the classes are balanced),
    /// made on up to <c>torch.get_num_threads()</c> threads with the same result for any number.
    /// </summary>
    public static LightCurveSet Dataset(int count, long seed = 0, IReadOnlyList<LightCurveClass>? classes = null, Cadence? cadence = null,
        NoiseModel? noise = null, VariablePriors? priors = null) =>
        new LightCurveSimulator(cadence, noise, priors).Make(count, seed, classes ?? AllClasses);

    /// <summary><paramref name="count"/> curves of this simulator's cadence and noise; see <see cref="Dataset"/>.</summary>
    public LightCurveSet Make(int count, long seed, IReadOnlyList<LightCurveClass> classes)
    {
        if (count is < 1 or > MaxIndex) throw new ArgumentException($"count is {count}; it must be in [1, {MaxIndex}].", nameof(count));
        if (classes.Count == 0) throw new ArgumentException("classes is empty; name at least one LightCurveClass.", nameof(classes));
        var curves = new LightCurve[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = torch.get_num_threads() };
        Parallel.For(0, count, options, i => curves[i] = Simulate(classes[i % classes.Count], seed, i));
        return new LightCurveSet(curves, classes);
    }
}
