using System.Diagnostics;
using AstroDL.Backends.Cpu;

namespace AstroDL.Benchmarks;

/// <summary>SGEMM throughput of the simple row-by-row path against the packed kernel, in GFLOP/s (best of several timed runs).</summary>
internal static class SgemmBenchmark
{
    /// <param name="args">M K N triples; the default shapes without.</param>
    public static int Run(string[] args)
    {
        var shapes = args.Length >= 3
            ? args.Chunk(3).Select(s => (long.Parse(s[0]), long.Parse(s[1]), long.Parse(s[2]))).ToArray()
            : [(2048L, 2048L, 2048L), (64L, 784L, 128L), (784L, 64L, 128L), (9216L, 288L, 64L)];

        Console.WriteLine($"| M x K x N | threads | simple GFLOP/s | packed GFLOP/s | packed / simple |");
        Console.WriteLine($"|---|---|---|---|---|");
        foreach (var (m, k, n) in shapes)
        {
            var a = torch.randn(1, m, k);
            var b = torch.randn(1, k, n);
            var c = torch.empty(1, m, n);
            foreach (int threads in new[] { 1, 2 })
            {
                torch.set_num_threads(threads);
                double simple = Measure(() => CpuBackend.Instance.MatMulSimple<float>(a.View, b.View, c.View), m, k, n);
                double packed = Measure(() => Sgemm.Multiply(a.View, b.View, c.View, threads), m, k, n);
                Console.WriteLine($"| {m}x{k}x{n} | {threads} | {simple:F1} | {packed:F1} | {packed / simple:F1}x |");
            }
        }
        return 0;
    }

    // Warm up (tier-1 JIT, packing buffers), then the best of 5 runs of enough calls to last about 0.2 s.
    private static double Measure(Action product, long m, long k, long n)
    {
        var watch = Stopwatch.StartNew();
        int calls = 0;
        while (watch.Elapsed.TotalSeconds < 0.3 || calls < 2)
        {
            product();
            calls++;
        }
        int batch = Math.Max(1, (int)(calls * 0.2 / watch.Elapsed.TotalSeconds));
        double best = double.MaxValue;
        for (int run = 0; run < 5; run++)
        {
            watch.Restart();
            for (int i = 0; i < batch; i++) product();
            best = Math.Min(best, watch.Elapsed.TotalSeconds / batch);
        }
        return 2.0 * m * k * n / best / 1e9;
    }
}
