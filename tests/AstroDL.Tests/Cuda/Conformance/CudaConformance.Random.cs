using static AstroDL.torch;

namespace AstroDL.Tests.Cuda.Conformance;

internal static partial class CudaConformance
{
    /// <summary>The same generator state on both devices gives the same numbers: uniforms bit for bit.</summary>
    private static IEnumerable<ConformanceCase> RandomCases()
    {
        foreach (var type in new[] { ScalarType.Float32, ScalarType.Float64 })
        {
            yield return new($"random: rand {type} is bit-identical to the CPU (fresh and advanced generators)", () =>
            {
                foreach (long skip in new long[] { 0, 1, 4, 1001 })
                {
                    Tensor Draw(Device d)
                    {
                        var g = new Generator(1234);
                        _ = rand([skip], generator: g);
                        return rand([3, 1001], type, d, generator: g);
                    }
                    Expect.Identical($"rand after {skip}", Draw(CPU), Draw(CUDA));
                }
            });
            yield return new($"random: uniform {type} in [low, high) is bit-identical", () =>
            {
                Tensor Draw(Device d) => randint(-5, 17, [999], ScalarType.Int64, d, new Generator(99)).to_type(type)
                    .add(rand([999], type, d, generator: new Generator(7)));
                Expect.Identical("randint + rand", Draw(CPU), Draw(CUDA));
            });
            yield return new($"random: randn {type} matches the CPU's Box-Muller", () =>
            {
                Tensor Draw(Device d) => randn([2, 4097], type, d, generator: new Generator(42));
                // Box-Muller uses log and cos, whose last bit may differ between the GPU's and the CPU's math libraries.
                Expect.Close("randn", Draw(CPU), Draw(CUDA), rtol: type == ScalarType.Float32 ? 1e-6 : 1e-14, atol: 1e-7);
            });
        }
        yield return new("random: the global generator advances the same way on both devices", () =>
        {
            manual_seed(5);
            var cpu = randn(10).add(rand(10));
            manual_seed(5);
            var gpu = randn([10], device: CUDA).add(rand([10], device: CUDA));
            Expect.Close("seeded", cpu, gpu, rtol: 1e-6, atol: 1e-7);
        });
        yield return new("random: dropout masks agree", () =>
        {
            manual_seed(11);
            var cpu = nn.functional.dropout(ones(1000), 0.3);
            manual_seed(11);
            var gpu = nn.functional.dropout(ones([1000], device: CUDA), 0.3);
            Expect.Identical("dropout", cpu, gpu);
        });
    }
}
