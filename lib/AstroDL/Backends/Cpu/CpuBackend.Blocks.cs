namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    /// <summary>
    /// Runs body over [0, count), split into one contiguous range per thread of the worker pool when the work
    /// (count · workPerItem) pays for it. Each item is handled by exactly one worker, so results do not depend on the
    /// thread count. The body must not start pooled work itself (see <see cref="WorkerPool"/>).
    /// </summary>
    private static void ForRanges(long count, long workPerItem, Action<long, long> body)
    {
        int threads = (int)Math.Min(torch.get_num_threads(), count);
        if (threads <= 1 || count * workPerItem < ParallelWorkThreshold)
        {
            body(0, count);
            return;
        }
        StridedRows.RunRanges(new RangeRows { Body = body }, count, 0, 0, 0, 0, threads);
    }

    /// <summary>A range of items as a row: body(first, first + n).</summary>
    private struct RangeRows : IRowKernel
    {
        public Action<long, long> Body;

        public readonly void Row(long first, long o1, long o2, long o3, long n, long s0, long s1, long s2, long s3) => Body(first, first + n);
    }
}
