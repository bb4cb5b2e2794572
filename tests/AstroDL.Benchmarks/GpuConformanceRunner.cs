using System.Diagnostics;
using AstroDL.Backends.Cuda;
using AstroDL.Tests.Cuda.Conformance;

namespace AstroDL.Benchmarks;

/// <summary>
/// Runs the CUDA conformance cases (every GPU op against the CPU) from a console, for GPU machines that have the
/// published program but no .NET SDK to run the xunit tests. Prints the CUDA diagnosis, then PASS/FAIL per case.
/// </summary>
internal static class GpuConformanceRunner
{
    /// <param name="args">Optionally a text that case names must contain.</param>
    public static int Run(string[] args)
    {
        var probe = CudaProbe.Run();
        Console.WriteLine(probe);
        Console.WriteLine();
        if (!probe.IsAvailable)
        {
            Console.WriteLine("No usable GPU: nothing to run.");
            return 2;
        }
        var filter = args.FirstOrDefault() ?? "";
        int passed = 0, failed = 0;
        foreach (var c in CudaConformance.Cases.Where(c => c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
        {
            var watch = Stopwatch.StartNew();
            try
            {
                c.Check();
                passed++;
                Console.WriteLine($"PASS {c.Name} ({watch.Elapsed.TotalMilliseconds:F0} ms)");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"FAIL {c.Name}: {e.GetType().Name}: {e.Message}");
                Console.WriteLine("     " + e.StackTrace?.Split('\n').FirstOrDefault()?.Trim());
            }
        }
        Console.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
