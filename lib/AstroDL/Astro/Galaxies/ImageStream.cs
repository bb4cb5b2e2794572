using AstroDL.Randomness;

namespace AstroDL.Astro.Galaxies;

/// <summary>
/// The random numbers of one image: a Philox stream keyed by (seed, image index), so image i is the same whatever
/// the thread count or the order in which images are made.
/// </summary>
internal struct ImageStream(long seed, long index)
{
    private readonly ulong key = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)index * 0xD1B54A32D192ED03UL ^ 0x243F6A8885A308D3UL);
    private ulong counter;
    private uint b1, b2, b3;
    private int left;
    private double spare;
    private bool hasSpare;

    /// <summary>A uniform in [0, 1).</summary>
    public double Uniform()
    {
        if (left == 0)
        {
            var (a, b, c, d) = Philox.Block(key, counter++);
            (b1, b2, b3, left) = (b, c, d, 3);
            return Philox.ToUnit(a);
        }
        left--;
        uint bits = left switch { 2 => b1, 1 => b2, _ => b3 };
        return Philox.ToUnit(bits);
    }

    public double Uniform(double low, double high) => low + (high - low) * Uniform();

    /// <summary>A uniform integer in [low, high).</summary>
    public int Integer(int low, int high) => low + (int)(Uniform() * (high - low));

    /// <summary>A standard normal (Box–Muller: one pair of uniforms gives two).</summary>
    public double Normal()
    {
        if (hasSpare)
        {
            hasSpare = false;
            return spare;
        }
        double radius = Math.Sqrt(-2.0 * Math.Log(1.0 - Uniform()));
        var (sin, cos) = Math.SinCos(2.0 * Math.PI * Uniform());
        spare = radius * sin;
        hasSpare = true;
        return radius * cos;
    }

    /// <summary>
    /// A Poisson count with mean <paramref name="mean"/>: Knuth's product of uniforms below 30, the normal with the same
    /// mean and variance above (its skew is then under 0.2 of a standard deviation).
    /// </summary>
    public double Poisson(double mean)
    {
        if (mean <= 0) return 0;
        if (mean >= 30) return Math.Max(0, Math.Round(mean + Math.Sqrt(mean) * Normal()));
        double limit = Math.Exp(-mean), product = Uniform();
        int count = 0;
        while (product > limit)
        {
            count++;
            product *= Uniform();
        }
        return count;
    }
}
