using AstroDL.Randomness;

namespace AstroDL.Astro.LightCurves;

/// <summary>
/// The random numbers of one curve: Philox blocks keyed by the seed at counters index·2⁴⁰ + n, so curve i is the same
/// whichever thread makes it and whatever was drawn for the other curves.
/// </summary>
internal sealed class CurveRandom(long seed, int index)
{
    private readonly ulong start = (ulong)index << 40;
    private ulong drawn;

    public double Uniform() => Philox.ToUnit(Philox.Block((ulong)seed, start + drawn++).Item1);

    public double Uniform(double low, double high) => low + (high - low) * Uniform();

    /// <summary>log-uniform between two positive bounds.</summary>
    public double LogUniform(double low, double high) => Math.Exp(Uniform(Math.Log(low), Math.Log(high)));

    public double Normal()
    {
        var (a, b, _, _) = Philox.Block((ulong)seed, start + drawn++);
        return Math.Sqrt(-2.0 * Math.Log(1.0 - Philox.ToUnit(a))) * Math.Cos(2.0 * Math.PI * Philox.ToUnit(b));
    }

    public bool Chance(double probability) => Uniform() < probability;
}
