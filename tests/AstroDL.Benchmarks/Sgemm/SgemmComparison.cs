using System.Diagnostics;
using System.Text.Json;
using AstroDL.Backends.Cpu;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.Sgemm;

/// <summary>
/// GFLOP/s of the packed kernel, of the simple row-by-row path it replaced, and of PyTorch's matmul (OpenBLAS) on
/// the same shapes and layouts with 1 and 2 threads: best of 5 timed batches after warm-up, in three alternating rounds.
/// </summary>
internal static class SgemmComparison
{
    /// <summary>--products TEXT keeps the products whose name contains TEXT.</summary>
    public static void Run(Options options)
    {
        string only = options.Text("products", "");
        using var torchSide = new PythonScript("torch_matmul.py");
        Console.WriteLine($"PyTorch side: {torchSide.Receive()}");
        Console.WriteLine("| product | batch x M x K x N | threads | kit simple | kit packed | PyTorch | packed / PyTorch |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var shape in GemmShape.Default.Where(s => s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var (a, b) = shape.Operands();
            var c = empty(shape.Batch, shape.M, shape.N);
            var av = a.expand(shape.Batch, shape.M, shape.K).View;
            foreach (int threads in new[] { 1, 2 })
            {
                set_num_threads(threads);
                double simple = shape.Flops / Seconds(() => CpuBackend.Instance.MatMulSimple<float>(av, b.View, c.View)) / 1e9;
                // Rounds of PyTorch then the kit, the best of each: a busy moment of a shared machine then hurts neither side alone.
                double packed = 0, reference = 0;
                for (int round = 0; round < Rounds; round++)
                {
                    torchSide.Send($"{shape.Spec} {threads}");
                    reference = Math.Max(reference, JsonSerializer.Deserialize<TorchResult>(torchSide.Receive())!.gflops);
                    packed = Math.Max(packed, shape.Flops / Seconds(() => Backends.Cpu.Sgemm.Multiply(av, b.View, c.View, threads)) / 1e9);
                }
                Console.WriteLine($"| {shape.Name} | {shape.Batch}x{shape.M}x{shape.K}x{shape.N} | {threads} | {simple:F1} | {packed:F1} | " +
                    $"{reference:F1} | {packed / reference:P0} |");
            }
        }
    }

    private const int Rounds = 3;

    /// <summary>Warm up (tier-1 JIT, packing buffers), then the best of 5 runs of enough calls to last about 0.2 s.</summary>
    internal static double Seconds(Action product)
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
        return best;
    }

    /// <summary>One JSON line of torch_matmul.py.</summary>
    private sealed record TorchResult(string name, int threads, double gflops);
}
