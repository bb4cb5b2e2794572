using AstroDL.Backends;
using AstroDL.Benchmarks.Sgemm;
using BenchmarkDotNet.Attributes;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.Micro;

/// <summary>The packed SGEMM on the products of <see cref="GemmShape.Default"/>, with 1 and 2 threads.</summary>
[Config(typeof(MicroConfig))]
public class SgemmBenchmarks
{
    private View a, b, c;

    public static IEnumerable<string> Products => GemmShape.Default.Select(s => s.Name);

    [ParamsSource(nameof(Products))]
    public string Product { get; set; } = "";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var shape = GemmShape.Default.Single(s => s.Name == Product);
        var (x, y) = shape.Operands();
        a = x.expand(shape.Batch, shape.M, shape.K).View;
        b = y.View;
        c = empty(shape.Batch, shape.M, shape.N).View;
    }

    [Benchmark]
    public void Multiply() => Backends.Cpu.Sgemm.Multiply(a, b, c, Threads);
}
