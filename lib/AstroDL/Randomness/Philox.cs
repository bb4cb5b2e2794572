using System.Runtime.CompilerServices;

namespace AstroDL.Randomness;

/// <summary>
/// Philox4x32-10, the counter-based generator of cuRAND and PyTorch's CUDA generator. The output for
/// a (key, counter) pair never depends on what was drawn before, so element i of a random tensor is
/// the same on any thread count and on any device.
/// </summary>
internal static class Philox
{
    private const uint M0 = 0xD2511F53, M1 = 0xCD9E8D57, W0 = 0x9E3779B9, W1 = 0xBB67AE85;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (uint, uint, uint, uint) Block(ulong key, ulong counter)
    {
        uint c0 = (uint)counter, c1 = (uint)(counter >> 32), c2 = 0, c3 = 0;
        uint k0 = (uint)key, k1 = (uint)(key >> 32);
        for (int round = 0; round < 10; round++)
        {
            ulong p0 = (ulong)M0 * c0, p1 = (ulong)M1 * c2;
            uint n0 = (uint)(p1 >> 32) ^ c1 ^ k0;
            uint n2 = (uint)(p0 >> 32) ^ c3 ^ k1;
            c1 = (uint)p1;
            c3 = (uint)p0;
            c0 = n0;
            c2 = n2;
            k0 += W0;
            k1 += W1;
        }
        return (c0, c1, c2, c3);
    }

    /// <summary>A float in [0, 1) from the top 24 bits (exactly representable, never 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToUnit(uint bits) => (bits >> 8) * (1.0 / 16777216.0);

    /// <summary>The i-th uniform of the stream that starts at <paramref name="offset"/>.</summary>
    public static double Uniform(ulong seed, ulong offset, long i)
    {
        var (a, b, c, d) = Block(seed, offset + (ulong)(i >> 2));
        return ToUnit((i & 3) switch { 0 => a, 1 => b, 2 => c, _ => d });
    }

    /// <summary>The i-th standard normal (Box–Muller on one block gives two normals per counter).</summary>
    public static double Normal(ulong seed, ulong offset, long i)
    {
        var (a, b, c, d) = Block(seed, offset + (ulong)(i >> 1));
        double u1, u2;
        if ((i & 1) == 0) { u1 = ToUnit(a); u2 = ToUnit(b); }
        else { u1 = ToUnit(c); u2 = ToUnit(d); }
        double radius = Math.Sqrt(-2.0 * Math.Log(1.0 - u1));
        return radius * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>How many counters a draw of n uniforms (or normals) uses, so the next draw starts fresh.</summary>
    public static ulong CountersForUniform(long n) => (ulong)((n + 3) >> 2);
    public static ulong CountersForNormal(long n) => (ulong)((n + 1) >> 1);
}
