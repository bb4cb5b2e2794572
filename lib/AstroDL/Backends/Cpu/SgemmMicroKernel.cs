using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AstroDL.Backends.Cpu;

/// <summary>The register-blocked 6x16 FMA kernel that computes one tile of C from packed A and B panels.</summary>
internal static unsafe class SgemmMicroKernel
{
    public const int MR = 6;
    public const int NR = 16;

    /// <summary>
    /// C[0..6, 0..16] (row stride ldc) = acc, or C + acc when accumulating, where acc = Σ_p a[p,:]ᵀ·b[p,:] over kc
    /// packed steps. Twelve accumulators, two B vectors and one broadcast fill 15 of the 16 ymm registers; the
    /// method has no calls or stackalloc, so the JIT keeps them all in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(nint kc, float* a, float* b, float* c, nint ldc, bool accumulate)
    {
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (nint p = 0; p < kc; p++)
        {
            var b0 = Avx.LoadVector256(b);
            var b1 = Avx.LoadVector256(b + 8);
            var ai = Avx.BroadcastScalarToVector256(a);
            c00 = Fma.MultiplyAdd(ai, b0, c00);
            c01 = Fma.MultiplyAdd(ai, b1, c01);
            ai = Avx.BroadcastScalarToVector256(a + 1);
            c10 = Fma.MultiplyAdd(ai, b0, c10);
            c11 = Fma.MultiplyAdd(ai, b1, c11);
            ai = Avx.BroadcastScalarToVector256(a + 2);
            c20 = Fma.MultiplyAdd(ai, b0, c20);
            c21 = Fma.MultiplyAdd(ai, b1, c21);
            ai = Avx.BroadcastScalarToVector256(a + 3);
            c30 = Fma.MultiplyAdd(ai, b0, c30);
            c31 = Fma.MultiplyAdd(ai, b1, c31);
            ai = Avx.BroadcastScalarToVector256(a + 4);
            c40 = Fma.MultiplyAdd(ai, b0, c40);
            c41 = Fma.MultiplyAdd(ai, b1, c41);
            ai = Avx.BroadcastScalarToVector256(a + 5);
            c50 = Fma.MultiplyAdd(ai, b0, c50);
            c51 = Fma.MultiplyAdd(ai, b1, c51);
            a += MR;
            b += NR;
        }
        Store(c, c00, c01, accumulate);
        Store(c + ldc, c10, c11, accumulate);
        Store(c + 2 * ldc, c20, c21, accumulate);
        Store(c + 3 * ldc, c30, c31, accumulate);
        Store(c + 4 * ldc, c40, c41, accumulate);
        Store(c + 5 * ldc, c50, c51, accumulate);
    }

    /// <summary>
    /// A tile cut by the edge of C: the zero-padded panels go through the same kernel into scratch, and only the
    /// mr x nr valid part is written, with the same additions, so edge elements round exactly like inner ones.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void EdgeTile(nint kc, float* a, float* b, float* c, nint ldc, bool accumulate, int mr, int nr, float* scratch)
    {
        // A panel at most half full (the last 4 of a convolution's 196 output columns) needs only its first 8 columns.
        if (nr <= NR / 2) HalfTile(kc, a, b, scratch);
        else Tile(kc, a, b, scratch, NR, accumulate: false);
        for (int i = 0; i < mr; i++)
        {
            float* row = c + i * ldc, tile = scratch + i * NR;
            for (int j = 0; j < nr; j++) row[j] = accumulate ? row[j] + tile[j] : tile[j];
        }
    }

    /// <summary>Columns 0..8 of a tile into scratch (row stride NR): the same sums as <see cref="Tile"/> for them, in the same order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HalfTile(nint kc, float* a, float* b, float* scratch)
    {
        Vector256<float> c0 = default, c1 = default, c2 = default, c3 = default, c4 = default, c5 = default;
        for (nint p = 0; p < kc; p++)
        {
            var b0 = Avx.LoadVector256(b);
            c0 = Fma.MultiplyAdd(Avx.BroadcastScalarToVector256(a), b0, c0);
            c1 = Fma.MultiplyAdd(Avx.BroadcastScalarToVector256(a + 1), b0, c1);
            c2 = Fma.MultiplyAdd(Avx.BroadcastScalarToVector256(a + 2), b0, c2);
            c3 = Fma.MultiplyAdd(Avx.BroadcastScalarToVector256(a + 3), b0, c3);
            c4 = Fma.MultiplyAdd(Avx.BroadcastScalarToVector256(a + 4), b0, c4);
            c5 = Fma.MultiplyAdd(Avx.BroadcastScalarToVector256(a + 5), b0, c5);
            a += MR;
            b += NR;
        }
        Avx.Store(scratch, c0);
        Avx.Store(scratch + NR, c1);
        Avx.Store(scratch + 2 * NR, c2);
        Avx.Store(scratch + 3 * NR, c3);
        Avx.Store(scratch + 4 * NR, c4);
        Avx.Store(scratch + 5 * NR, c5);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(float* c, Vector256<float> lo, Vector256<float> hi, bool accumulate)
    {
        if (accumulate)
        {
            lo = Avx.Add(Avx.LoadVector256(c), lo);
            hi = Avx.Add(Avx.LoadVector256(c + 8), hi);
        }
        Avx.Store(c, lo);
        Avx.Store(c + 8, hi);
    }
}
