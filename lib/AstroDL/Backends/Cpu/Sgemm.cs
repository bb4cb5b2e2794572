using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using static AstroDL.Backends.Cpu.SgemmMicroKernel;

namespace AstroDL.Backends.Cpu;

/// <summary>
/// Packed float32 product C = A·B of [batch, M, K] x [batch, K, N] views (BLIS-style). A is packed into MR-row
/// panels and B into NR-column panels, so transposed or broadcast operands cost only the packing; the 6x16
/// micro-kernel then streams the panels with unit stride. With accumulate the product is added to C; a C with
/// batch stride 0 (one matrix shared by every batch) receives the sum of the batch's products.
/// </summary>
internal static unsafe class Sgemm
{
    // A KC x NR panel of B (16 KB) stays in L1 while an MC x KC block of A (144 KB) streams from L2.
    internal const int KC = 256;
    internal const int MC = 144;
    internal const int NC = 2048;

    /// <summary>Below this many multiply-adds one thread does it all: a parallel loop costs several microseconds.</summary>
    internal const long ParallelWorkThreshold = 1 << 20;

    public static bool IsSupported => Fma.IsSupported && Avx2.IsSupported;

    internal enum Split { Serial, Rows, Columns }

    /// <summary>
    /// How the product is shared: over blocks of MC rows, else over NR-column panels, each counted per batch, and
    /// only when the workers' shares are even: at least two blocks each, or the same number of row blocks each. Rows
    /// come first: a worker packs only its rows of A, while a column split makes every worker pack all of A (a
    /// convolution's weight gradient, 288 rows of columns by 64, splits into one row block per worker this way).
    /// </summary>
    internal static Split Plan(long batches, long m, long n, long k, int threads)
    {
        if (threads <= 1 || batches * m * n * k < ParallelWorkThreshold) return Split.Serial;
        long rowBlocks = batches * CeilDiv(m, MC);
        if (rowBlocks >= 2L * threads || (rowBlocks >= threads && rowBlocks % threads == 0)) return Split.Rows;
        if (batches * CeilDiv(n, NR) >= 2L * threads) return Split.Columns;
        return Split.Serial;
    }

    public static void Multiply(View a, View b, View c, int threads, bool accumulate = false)
    {
        long batches = c.Shape[0], m = c.Shape[1], n = c.Shape[2], k = a.Shape[2];
        if (batches * m * n == 0) return;
        if (SumsInGroups(c, k))
        {
            GroupedSum.Run(a, b, c, threads, accumulate);
            return;
        }
        // A shared C is one matrix: its tiles are the units of work, each summed over the batch by one worker.
        bool shared = c.IsSharedAcrossBatch;
        var split = Plan(shared ? 1 : batches, m, n, shared ? batches * k : k, threads);
        // One job object per calling thread, reused: a training step makes several products.
        var job = reusableJob ??= new Job();
        job.Set(a, b, c, split == Split.Serial ? Split.Rows : split, accumulate);
        try
        {
            // Each worker owns whole tiles of C and runs the same k-order as one thread would: results are bit-identical for any thread count.
            WorkerPool.Run(job, split == Split.Serial ? 1 : threads);
        }
        finally
        {
            job.Set(default, default, default, Split.Serial, false);
        }
    }

    /// <summary>How many partial sums a shared C with few tiles is split into: fixed, so that the result does not depend on the thread count.</summary>
    internal const int SumGroups = 4;

    /// <summary>
    /// Whether a product into a shared C is summed in <see cref="SumGroups"/> groups of batches: when C has too few tiles
    /// to share out among threads (a first convolution's weight gradient, 9 taps by 32 channels, has 4) and the batch is
    /// long and the work large enough for threads to pay.
    /// </summary>
    internal static bool SumsInGroups(View c, long k) =>
        c.IsSharedAcrossBatch && c.Shape[0] >= 2 * SumGroups && CeilDiv(c.Shape[1], MR) * CeilDiv(c.Shape[2], NR) < 2 * SumGroups
        && c.Shape[0] * c.Shape[1] * c.Shape[2] * k >= ParallelWorkThreshold;

    [ThreadStatic]
    private static Job? reusableJob;

    private static long CeilDiv(long x, long y) => (x + y - 1) / y;

    private sealed class Job : IPartitionedWork
    {
        private View a, b, c;
        private Split split;
        private bool accumulate, sumsOverBatch;
        private float[]? A, B, C;
        private long m, n, k;

        /// <summary>Points the job at one product (default views let go of the last one's arrays).</summary>
        public void Set(View a, View b, View c, Split split, bool accumulate)
        {
            (this.a, this.b, this.c, this.split, this.accumulate) = (a, b, c, split, accumulate);
            sumsOverBatch = c.Storage is not null && c.IsSharedAcrossBatch;
            bool empty = c.Storage is null;
            A = empty ? null : CpuBackend.Data<float>(a);
            B = empty ? null : CpuBackend.Data<float>(b);
            C = empty ? null : CpuBackend.Data<float>(c);
            (m, n, k) = empty ? (0, 0, 0) : (c.Shape[1], c.Shape[2], a.Shape[2]);
        }

        /// <summary>Part w of n: a contiguous range of the units (row blocks or column panels, numbered batch by batch).</summary>
        public void RunPart(int part, int parts)
        {
            long units = Batches * (split == Split.Rows ? CeilDiv(m, MC) : CeilDiv(n, NR));
            Run(units * part / parts, units * (part + 1) / parts);
        }

        /// <summary>Batches whose units are numbered: a shared C has the units of one matrix.</summary>
        private long Batches => sumsOverBatch ? 1 : c.Shape[0];

        /// <summary>Computes units [first, last).</summary>
        private void Run(long first, long last)
        {
            long perBatch = split == Split.Rows ? CeilDiv(m, MC) : CeilDiv(n, NR);
            long width = split == Split.Rows ? MC : NR;
            var ws = Workspace.Current;
            fixed (float* pa = A, pb = B, pc = C)
            {
                float* packedA = PackSharedWeight(ws, pa);
                for (long u = first; u < last;)
                {
                    long batch = u / perBatch, end = Math.Min(last, (batch + 1) * perBatch);
                    long lo = (u - batch * perBatch) * width, hi = (end - batch * perBatch) * width;
                    long batchCount = sumsOverBatch ? c.Shape[0] : 1;
                    if (split == Split.Rows) Block(ws, packedA, pa, pb, pc, batch, batchCount, lo, Math.Min(hi, m), 0, n);
                    else Block(ws, packedA, pa, pb, pc, batch, batchCount, 0, m, lo, Math.Min(hi, n));
                    u = end;
                }
            }
        }

        /// <summary>K in equal blocks of at most KC: a short last block would pay a full load and store of C for little work.</summary>
        private long KStep => CeilDiv(k, CeilDiv(k, KC));

        /// <summary>
        /// One A for every batch (batch stride 0: a convolution's weight), small enough for the A area whole: packed once
        /// instead of once per batch, row block after row block and within each block of rows block after block of K
        /// (see <see cref="SharedWeightPanels"/>). Null when that does not apply.
        /// </summary>
        private float* PackSharedWeight(Workspace ws, float* pa)
        {
            if (a.Strides[0] != 0 || c.Shape[0] == 1 || k == 0 || CeilDiv(m, MR) * MR * k > MC * KC) return null;
            for (long ic = 0; ic < m; ic += MC)
            {
                int mc = (int)Math.Min(MC, m - ic);
                for (long p0 = 0; p0 < k; p0 += KStep)
                    PackA(pa + a.Offset + ic * a.Strides[1] + p0 * a.Strides[2], (nint)a.Strides[1], (nint)a.Strides[2], mc, (int)Math.Min(KStep, k - p0),
                        SharedWeightPanels(ws.A, ic, p0));
            }
            return ws.A;
        }

        /// <summary>Where the packed shared weight keeps rows [ic, ic + MC) for the K block starting at p0.</summary>
        private float* SharedWeightPanels(float* packedA, long ic, long p0) => packedA + ic * k + CeilDiv(Math.Min(MC, m - ic), MR) * MR * p0;

        /// <summary>
        /// C[rows r0..r1, cols c0..c1] of one batch over all of K; for a shared C, of batches [batch, batch + count) in
        /// turn, so each element sums its batches in order.
        /// </summary>
        private void Block(Workspace ws, float* packedA, float* pa, float* pb, float* pc, long batch, long count, long r0, long r1, long c0, long c1)
        {
            nint sa1 = (nint)a.Strides[1], sa2 = (nint)a.Strides[2], sb1 = (nint)b.Strides[1], sb2 = (nint)b.Strides[2];
            nint ldc = (nint)c.Strides[1];
            float* cBase = pc + c.Offset + batch * c.Strides[0];
            if (k == 0)
            {
                if (!accumulate)
                    for (long i = r0; i < r1; i++) new Span<float>(cBase + i * ldc + c0, (int)(c1 - c0)).Clear();
                return;
            }
            long kStep = KStep;
            for (long jc = c0; jc < c1; jc += NC)
            {
                int nc = (int)Math.Min(NC, c1 - jc);
                for (long each = batch; each < batch + count; each++)
                {
                    float* aBase = pa + a.Offset + each * a.Strides[0];
                    float* bBase = pb + b.Offset + each * b.Strides[0];
                    for (long p0 = 0; p0 < k; p0 += kStep)
                    {
                        int kc = (int)Math.Min(kStep, k - p0);
                        bool addToC = accumulate || each > batch || p0 > 0;
                        PackB(bBase + p0 * sb1 + jc * sb2, sb1, sb2, kc, nc, ws.B);
                        for (long ic = r0; ic < r1; ic += MC)
                        {
                            int mc = (int)Math.Min(MC, r1 - ic);
                            // Row blocks start at multiples of MC, so ic names one of the shared weight's packed blocks.
                            float* aPanels = packedA is null ? ws.A : SharedWeightPanels(packedA, ic, p0);
                            if (packedA is null) PackA(aBase + ic * sa1 + p0 * sa2, sa1, sa2, mc, kc, ws.A);
                            MacroKernel(ws, aPanels, mc, nc, kc, cBase + ic * ldc + jc, ldc, addToC);
                        }
                    }
                }
            }
        }
    }

    /// <summary>All tiles of an mc x nc block from packed A panels; a B panel stays in L1 while the A panels pass over it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MacroKernel(Workspace ws, float* aPanels, int mc, int nc, int kc, float* c, nint ldc, bool accumulate)
    {
        for (int jr = 0; jr < nc; jr += NR)
        {
            int nr = Math.Min(NR, nc - jr);
            float* bp = ws.B + (nint)jr * kc;
            for (int ir = 0; ir < mc; ir += MR)
            {
                int mr = Math.Min(MR, mc - ir);
                float* ap = aPanels + (nint)ir * kc, ct = c + ir * ldc + jr;
                if (mr == MR && nr == NR) Tile(kc, ap, bp, ct, ldc, accumulate);
                else EdgeTile(kc, ap, bp, ct, ldc, accumulate, mr, nr, ws.Scratch);
            }
        }
    }

    /// <summary>mc x kc of A (row stride rs, column stride cs) into MR-row panels laid out k-major, rows past mc zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackA(float* src, nint rs, nint cs, int mc, int kc, float* dst)
    {
        for (int ir = 0; ir < mc; ir += MR)
        {
            int mr = Math.Min(MR, mc - ir);
            float* s = src + ir * rs, d = dst + (nint)ir * kc;
            if (mr == MR && cs == 1)
            {
                PackRowMajorPanel(s, rs, kc, d);
            }
            else if (mr == MR && rs == 1)
            {
                // A transposed view (the convolution's input gradient reads Wᵀ): each k-step's six rows lie side by side.
                for (int p = 0; p < kc; p++, s += cs, d += MR)
                {
                    Vector128.Store(Vector128.Load(s), d);
                    d[4] = s[4];
                    d[5] = s[5];
                }
            }
            else if (mr == MR)
            {
                float* s0 = s, s1 = s + rs, s2 = s + 2 * rs, s3 = s + 3 * rs, s4 = s + 4 * rs, s5 = s + 5 * rs;
                for (nint p = 0, off = 0; p < kc; p++, off += cs, d += MR)
                {
                    d[0] = s0[off];
                    d[1] = s1[off];
                    d[2] = s2[off];
                    d[3] = s3[off];
                    d[4] = s4[off];
                    d[5] = s5[off];
                }
            }
            else
            {
                for (int p = 0; p < kc; p++, d += MR)
                    for (int r = 0; r < MR; r++) d[r] = r < mr ? s[r * rs + p * cs] : 0f;
            }
        }
    }

    /// <summary>
    /// A full panel of row-major A: 8 k-steps of the 6 rows at a time, transposed in registers (rows 6 and 7 are
    /// don't-care), each column stored as 8 floats whose last two are overwritten by the next store. The final
    /// store runs 2 floats past the panel, into the next panel (packed later) or the workspace's slack.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackRowMajorPanel(float* s, nint rs, int kc, float* d)
    {
        float* s0 = s, s1 = s + rs, s2 = s + 2 * rs, s3 = s + 3 * rs, s4 = s + 4 * rs, s5 = s + 5 * rs;
        int p = 0;
        for (; p + 8 <= kc; p += 8, d += 8 * MR)
        {
            var r4 = Avx.LoadVector256(s4 + p);
            var r5 = Avx.LoadVector256(s5 + p);
            Transpose8x8(Avx.LoadVector256(s0 + p), Avx.LoadVector256(s1 + p), Avx.LoadVector256(s2 + p), Avx.LoadVector256(s3 + p),
                r4, r5, r4, r5, d, MR);
        }
        for (; p < kc; p++, d += MR)
        {
            d[0] = s0[p];
            d[1] = s1[p];
            d[2] = s2[p];
            d[3] = s3[p];
            d[4] = s4[p];
            d[5] = s5[p];
        }
    }

    /// <summary>kc x nc of B (row stride rs, column stride cs) into NR-column panels laid out k-major, columns past nc zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackB(float* src, nint rs, nint cs, int kc, int nc, float* dst)
    {
        for (int jr = 0; jr < nc; jr += NR)
        {
            int nr = Math.Min(NR, nc - jr);
            float* s = src + jr * cs, d = dst + (nint)jr * kc;
            if (nr == NR && cs == 1)
            {
                for (int p = 0; p < kc; p++, s += rs, d += NR)
                {
                    Avx.Store(d, Avx.LoadVector256(s));
                    Avx.Store(d + 8, Avx.LoadVector256(s + 8));
                }
                continue;
            }
            if (nr == NR && rs == 1)
            {
                PackTransposedPanel(s, cs, kc, d);
                continue;
            }
            if (nr < NR) new Span<float>(d, kc * NR).Clear();
            // Column by column: when B is transposed (rs == 1) the reads run along memory and the writes stay in L1.
            for (int j = 0; j < nr; j++)
            {
                float* sj = s + j * cs, dj = d + j;
                for (int p = 0; p < kc; p++) dj[p * NR] = sj[p * rs];
            }
        }
    }

    /// <summary>
    /// A full panel of B whose columns run along memory (B is a transposed view, column stride cs): 8 columns by 8
    /// k-steps at a time are loaded as rows and transposed in registers, so the packing runs at vector speed. The
    /// product x·Wᵀ of a linear layer reads its weight this way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackTransposedPanel(float* s, nint cs, int kc, float* d)
    {
        int p = 0;
        for (; p + 8 <= kc; p += 8)
        {
            for (int half = 0; half < NR; half += 8)
            {
                float* col = s + half * cs + p;
                Transpose8x8(Avx.LoadVector256(col), Avx.LoadVector256(col + cs), Avx.LoadVector256(col + 2 * cs),
                    Avx.LoadVector256(col + 3 * cs), Avx.LoadVector256(col + 4 * cs), Avx.LoadVector256(col + 5 * cs),
                    Avx.LoadVector256(col + 6 * cs), Avx.LoadVector256(col + 7 * cs), d + p * NR + half, NR);
            }
        }
        for (; p < kc; p++)
        {
            for (int j = 0; j < NR; j++) d[p * NR + j] = s[j * cs + p];
        }
    }

    /// <summary>
    /// Stores column q of the 8x8 block whose rows are r0..r7 as row q of dst (row stride dstStride), rows in
    /// increasing order, so with a stride below 8 each store overwrites the tail of the one before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose8x8(Vector256<float> r0, Vector256<float> r1, Vector256<float> r2, Vector256<float> r3,
        Vector256<float> r4, Vector256<float> r5, Vector256<float> r6, Vector256<float> r7, float* dst, nint dstStride)
    {
        var t0 = Avx.UnpackLow(r0, r1);
        var t1 = Avx.UnpackHigh(r0, r1);
        var t2 = Avx.UnpackLow(r2, r3);
        var t3 = Avx.UnpackHigh(r2, r3);
        var t4 = Avx.UnpackLow(r4, r5);
        var t5 = Avx.UnpackHigh(r4, r5);
        var t6 = Avx.UnpackLow(r6, r7);
        var t7 = Avx.UnpackHigh(r6, r7);
        var u0 = Avx.Shuffle(t0, t2, 0x44);
        var u1 = Avx.Shuffle(t0, t2, 0xEE);
        var u2 = Avx.Shuffle(t1, t3, 0x44);
        var u3 = Avx.Shuffle(t1, t3, 0xEE);
        var u4 = Avx.Shuffle(t4, t6, 0x44);
        var u5 = Avx.Shuffle(t4, t6, 0xEE);
        var u6 = Avx.Shuffle(t5, t7, 0x44);
        var u7 = Avx.Shuffle(t5, t7, 0xEE);
        Avx.Store(dst, Avx.Permute2x128(u0, u4, 0x20));
        Avx.Store(dst + dstStride, Avx.Permute2x128(u1, u5, 0x20));
        Avx.Store(dst + 2 * dstStride, Avx.Permute2x128(u2, u6, 0x20));
        Avx.Store(dst + 3 * dstStride, Avx.Permute2x128(u3, u7, 0x20));
        Avx.Store(dst + 4 * dstStride, Avx.Permute2x128(u0, u4, 0x31));
        Avx.Store(dst + 5 * dstStride, Avx.Permute2x128(u1, u5, 0x31));
        Avx.Store(dst + 6 * dstStride, Avx.Permute2x128(u2, u6, 0x31));
        Avx.Store(dst + 7 * dstStride, Avx.Permute2x128(u3, u7, 0x31));
    }

    /// <summary>
    /// A shared C summed in <see cref="SumGroups"/> groups of consecutive batches: each group's products go into a
    /// partial C of its own (groups are spread over the threads), then C (+)= the partials, added in group order.
    /// </summary>
    private sealed class GroupedSum : IPartitionedWork
    {
        [ThreadStatic]
        private static GroupedSum? current;

        private View a, b;
        private float[]? partials;
        private CpuStorage? storage;
        private long batches, m, n;

        public static void Run(View a, View b, View c, int threads, bool accumulate)
        {
            var work = current ??= new GroupedSum();
            long m = c.Shape[1], n = c.Shape[2], size = m * n;
            var partials = (float[])CpuBufferPool.Rent(ScalarType.Float32, SumGroups * size);
            (work.a, work.b, work.partials, work.batches, work.m, work.n) = (a, b, partials, c.Shape[0], m, n);
            work.storage = new CpuStorage(partials, ScalarType.Float32);
            try
            {
                WorkerPool.Run(work, Math.Min(threads, SumGroups));
                float[] target = CpuBackend.Data<float>(c);
                for (long i = 0; i < m; i++)
                {
                    for (long j = 0; j < n; j++)
                    {
                        long at = i * n + j;
                        float sum = partials[at];
                        for (int g = 1; g < SumGroups; g++) sum += partials[g * size + at];
                        ref float element = ref target[c.Offset + i * c.Strides[1] + j * c.Strides[2]];
                        element = accumulate ? element + sum : sum;
                    }
                }
            }
            finally
            {
                (work.a, work.b, work.partials, work.storage) = (default, default, null, null);
                CpuBufferPool.Return(partials, ScalarType.Float32);
            }
        }

        /// <summary>Groups [SumGroups·part/parts, SumGroups·(part + 1)/parts), each summed by the serial product into its partial.</summary>
        public void RunPart(int part, int parts)
        {
            var job = reusableJob ??= new Job();
            for (long g = SumGroups * part / parts; g < SumGroups * (part + 1) / parts; g++)
            {
                long first = batches * g / SumGroups, count = batches * (g + 1) / SumGroups - first;
                var ag = new View(a.Storage, a.Offset + first * a.Strides[0], [count, m, a.Shape[2]], a.Strides);
                var bg = new View(b.Storage, b.Offset + first * b.Strides[0], [count, b.Shape[1], n], b.Strides);
                var cg = new View(storage!, g * m * n, [count, m, n], [0, n, 1]);
                job.Set(ag, bg, cg, Split.Rows, false);
                try
                {
                    job.RunPart(0, 1);
                }
                finally
                {
                    job.Set(default, default, default, Split.Serial, false);
                }
            }
        }
    }

    /// <summary>One worker's packing buffers, allocated once per thread on the pinned heap so their addresses never move.</summary>
    private sealed class Workspace
    {
        [ThreadStatic] private static Workspace? current;

        // Only the pointers below are used; this reference keeps the pinned array alive.
        private readonly float[] buffer;

        private Workspace()
        {
            // The A area has slack for PackRowMajorPanel's overrun (16 floats keep B 64-byte aligned).
            const int aLength = MC * KC + 16, bLength = KC * NC, scratchLength = MR * NR, align = 16;
            buffer = GC.AllocateUninitializedArray<float>(aLength + bLength + scratchLength + align, pinned: true);
            float* p = (float*)Marshal.UnsafeAddrOfPinnedArrayElement(buffer, 0);
            // 64-byte alignment keeps each 16-float B row within one cache line.
            p += (int)((64 - ((nint)p & 63)) & 63) / sizeof(float);
            A = p;
            B = p + aLength;
            Scratch = B + bLength;
        }

        public static Workspace Current => current ??= new Workspace();

        public float* A { get; }
        public float* B { get; }
        public float* Scratch { get; }
    }
}
