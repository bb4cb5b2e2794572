namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    /// <summary>
    /// Runs body over [0, count), split into one contiguous range per thread when the work (count · workPerItem) pays for
    /// a parallel loop. Each item is handled by exactly one worker, so results do not depend on the thread count.
    /// </summary>
    private static void ForRanges(long count, long workPerItem, Action<long, long> body)
    {
        int threads = (int)Math.Min(torch.get_num_threads(), count);
        if (threads <= 1 || count * workPerItem < ParallelWorkThreshold)
        {
            body(0, count);
            return;
        }
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads },
            w => body(count * w / threads, count * (w + 1) / threads));
    }
}
