namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        private static long totalCount;
        private static long peakCount;

        /// <summary>How many tensors (handles) exist and are not disposed, over all threads (TorchSharp's leak check).</summary>
        public static long TotalCount => Interlocked.Read(ref totalCount);

        /// <summary>The highest <see cref="TotalCount"/> reached so far.</summary>
        public static long PeakCount => Interlocked.Read(ref peakCount);

        private static void CountCreated()
        {
            long now = Interlocked.Increment(ref totalCount);
            long peak;
            while (now > (peak = Interlocked.Read(ref peakCount)) && Interlocked.CompareExchange(ref peakCount, now, peak) != peak)
            {
            }
        }

        private static void CountDisposed() => Interlocked.Decrement(ref totalCount);
    }
}
