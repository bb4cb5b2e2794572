using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AstroDL.Benchmarks.Micro;

/// <summary>
/// Runs in this process (no generated project to build) with allocation counts. Every class in this folder with
/// [Benchmark] methods and this config is picked up by the micro mode: a new kernel's benchmark (convolution, for
/// one) is a new class beside these.
/// </summary>
internal sealed class MicroConfig : ManualConfig
{
    public MicroConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
