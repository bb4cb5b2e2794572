using static AstroDL.torch;

namespace AstroDL.Tests.Cuda.Conformance;

/// <summary>
/// Every CUDA backend op against the CPU backend, op family by op family, plus memory, device moves and a short
/// training run. Shared by the xunit tests and the benchmarks' "gpu-conformance" mode (for machines with a GPU
/// but no SDK, where a self-contained console runs them).
/// </summary>
internal static partial class CudaConformance
{
    public static IReadOnlyList<ConformanceCase> Cases { get; } =
    [
        .. CopyCases(), .. UnaryCases(), .. BinaryCases(), .. ReduceCases(), .. MatMulCases(), .. SoftmaxCases(),
        .. IndexingCases(), .. RandomCases(), .. ConvolutionCases(), .. PoolingCases(), .. OptimizerCases(), .. MemoryCases(), .. DeviceCases(),
        .. TrainingCases(),
    ];

    public static void Run(string name) => Cases.Single(c => c.Name == name).Check();

    /// <summary>A CPU tensor of standard normals from its own seeded generator (the global one is left alone).</summary>
    private static Tensor Normal(long seed, params long[] shape) => randn(shape, generator: new Generator((ulong)seed));

    /// <summary>Values that exercise edge cases: NaN, infinities, signed zeros, halves (rounding), large and tiny numbers.</summary>
    private static Tensor Special() =>
        tensor(new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, 0.5f, 1.5f, -2.5f, 3e30f, -3e30f, 1e-30f, 7f }, [3, 4]);

    /// <summary>A case that applies <paramref name="op"/> to the same input on both devices and compares.</summary>
    private static ConformanceCase Unary(string name, Func<Tensor> input, Func<Tensor, Tensor> op, double rtol = 1e-5, double atol = 1e-6) =>
        new(name, () =>
        {
            var x = input();
            Expect.Close(name, op(x), op(x.cuda()), rtol, atol);
        });

    private static ConformanceCase Binary(string name, Func<Tensor> a, Func<Tensor> b, Func<Tensor, Tensor, Tensor> op, double rtol = 1e-5, double atol = 1e-6) =>
        new(name, () =>
        {
            var (x, y) = (a(), b());
            Expect.Close(name, op(x, y), op(x.cuda(), y.cuda()), rtol, atol);
        });

    /// <summary>Compares the gradients of sum(op(inputs) · r), for fixed random weights r, with respect to every input.</summary>
    private static ConformanceCase Gradients(string name, Func<Tensor[]> inputs, Func<Tensor[], Tensor> op, double rtol, double atol) =>
        new(name, () =>
        {
            Tensor[] Run(Device device)
            {
                var leaves = inputs().Select(t => t.to(device).requires_grad_()).ToArray();
                var y = op(leaves);
                y.mul(Normal(199, y.shape).to_type(y.dtype).to(device)).sum().backward();
                return leaves.Select(l => l.grad!).ToArray();
            }
            foreach (var (cpu, gpu) in Run(CPU).Zip(Run(CUDA))) Expect.Close(name, cpu, gpu, rtol, atol);
        });
}
