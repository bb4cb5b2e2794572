using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

/// <summary>Work done on one innermost row: n elements, each operand with its start offset and stride.</summary>
internal interface IRowKernel
{
    void Row(long o0, long o1, long o2, long o3, long n, long s0, long s1, long s2, long s3);
}

/// <summary>
/// Walks up to four operands of one shape row by row. Dimensions that are contiguous for every operand
/// are merged first, so a contiguous tensor is a single long row (where span kernels run at full speed).
/// </summary>
internal static class StridedRows
{
    private static readonly long[] NoStrides = [];

    [ThreadStatic]
    private static long[]? scratch;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run<TK>(ref TK kernel, long[] shape, long off0, long[] st0, long off1 = 0, long[]? st1 = null,
        long off2 = 0, long[]? st2 = null, long off3 = 0, long[]? st3 = null)
        where TK : struct, IRowKernel
    {
        int rank = shape.Length;
        if (Layout.Count(shape) == 0) return;
        if (rank == 0)
        {
            kernel.Row(off0, off1, off2, off3, 1, 0, 0, 0, 0);
            return;
        }
        st1 ??= NoStrides;
        st2 ??= NoStrides;
        st3 ??= NoStrides;
        // Per-thread scratch rather than stackalloc, which keeps the JIT from spilling in hot loops; Row never calls back into Run.
        if (scratch is null || scratch.Length < 6 * rank) scratch = new long[6 * Math.Max(rank, 8)];
        Span<long> dims = scratch.AsSpan(0, rank);
        Span<long> s0 = scratch.AsSpan(rank, rank), s1 = scratch.AsSpan(2 * rank, rank), s2 = scratch.AsSpan(3 * rank, rank), s3 = scratch.AsSpan(4 * rank, rank);
        int d = 0;
        for (int i = 0; i < rank; i++)
        {
            if (shape[i] == 1) continue;
            long a0 = st0[i], a1 = Get(st1, i), a2 = Get(st2, i), a3 = Get(st3, i);
            if (d > 0 && s0[d - 1] == a0 * shape[i] && s1[d - 1] == a1 * shape[i] && s2[d - 1] == a2 * shape[i] && s3[d - 1] == a3 * shape[i])
            {
                dims[d - 1] *= shape[i];
                s0[d - 1] = a0; s1[d - 1] = a1; s2[d - 1] = a2; s3[d - 1] = a3;
                continue;
            }
            dims[d] = shape[i];
            s0[d] = a0; s1[d] = a1; s2[d] = a2; s3[d] = a3;
            d++;
        }
        if (d == 0)
        {
            kernel.Row(off0, off1, off2, off3, 1, 0, 0, 0, 0);
            return;
        }
        int last = d - 1;
        long inner = dims[last];
        long rows = 1;
        for (int i = 0; i < last; i++) rows *= dims[i];
        Span<long> counter = scratch.AsSpan(5 * rank, Math.Max(last, 1));
        counter.Clear();
        long p0 = off0, p1 = off1, p2 = off2, p3 = off3;
        for (long r = 0; r < rows; r++)
        {
            kernel.Row(p0, p1, p2, p3, inner, s0[last], s1[last], s2[last], s3[last]);
            for (int i = last - 1; i >= 0; i--)
            {
                counter[i]++;
                p0 += s0[i]; p1 += s1[i]; p2 += s2[i]; p3 += s3[i];
                if (counter[i] < dims[i]) break;
                p0 -= s0[i] * dims[i]; p1 -= s1[i] * dims[i]; p2 -= s2[i] * dims[i]; p3 -= s3[i] * dims[i];
                counter[i] = 0;
            }
        }
    }

    /// <summary>Below this many elements an elementwise op runs on one thread: waking a worker costs microseconds.</summary>
    internal const long ParallelElements = 1 << 18;

    /// <summary>
    /// <see cref="Run"/> for kernels whose rows are independent, element by element (copies, fills, pointwise math):
    /// when every operand is contiguous and the tensor is large, the one long row is split into equal ranges, one per
    /// thread. Each element is still computed by one worker alone, so the result does not depend on the thread count.
    /// </summary>
    public static void RunElementwise<TK>(ref TK kernel, long[] shape, long off0, long[] st0, long off1 = 0, long[]? st1 = null,
        long off2 = 0, long[]? st2 = null, long off3 = 0, long[]? st3 = null)
        where TK : struct, IRowKernel
    {
        long count = Layout.Count(shape);
        int threads = torch.get_num_threads();
        if (threads > 1 && count >= ParallelElements && IsContiguous(shape, st0) && IsContiguous(shape, st1) && IsContiguous(shape, st2)
            && IsContiguous(shape, st3))
        {
            RunRanges(kernel, count, off0, off1, off2, off3, threads);
            return;
        }
        Run(ref kernel, shape, off0, st0, off1, st1, off2, st2, off3, st3);
    }

    /// <summary>Elements [0, count) of one contiguous row per operand, split over threads (see <see cref="RunElementwise"/>).</summary>
    public static void RunRanges<TK>(TK kernel, long count, long off0, long off1, long off2, long off3, int threads)
        where TK : struct, IRowKernel
    {
        var job = RangesJob<TK>.Current;
        job.Set(kernel, count, off0, off1, off2, off3);
        try
        {
            WorkerPool.Run(job, threads);
        }
        finally
        {
            job.Set(default, 0, 0, 0, 0, 0);
        }
    }

    /// <summary>Whether an operand is contiguous; no strides stand for an operand that is not there.</summary>
    private static bool IsContiguous(long[] shape, long[]? strides) => strides is null || strides.Length == 0 || Layout.IsContiguous(shape, strides);

    /// <summary>The ranges of one elementwise op; one instance per calling thread and kernel type, reused.</summary>
    private sealed class RangesJob<TK> : IPartitionedWork
        where TK : struct, IRowKernel
    {
        [ThreadStatic]
        private static RangesJob<TK>? current;

        private TK kernel;
        private long count, off0, off1, off2, off3;

        public static RangesJob<TK> Current => current ??= new RangesJob<TK>();

        public void Set(TK kernel, long count, long off0, long off1, long off2, long off3) =>
            (this.kernel, this.count, this.off0, this.off1, this.off2, this.off3) = (kernel, count, off0, off1, off2, off3);

        public void RunPart(int part, int parts)
        {
            long first = count * part / parts, length = count * (part + 1) / parts - first;
            var k = kernel;
            k.Row(off0 + first, off1 + first, off2 + first, off3 + first, length, 1, 1, 1, 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Get(long[] strides, int i) => strides.Length == 0 ? 0 : strides[i];
}
