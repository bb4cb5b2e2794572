using AstroDL.Modules;
using static AstroDL.torch;

namespace AstroDL.Tests.Cuda.Conformance;

internal static partial class CudaConformance
{
    /// <summary>
    /// The fused steps do the CPU's operations in the CPU's order, without fused multiply-adds, and take the constants
    /// that need pow from the host, so the parameters must come out bit for bit the same.
    /// </summary>
    private static IEnumerable<ConformanceCase> OptimizerCases()
    {
        var optimizers = new (string Name, Func<Parameter[], optim.Optimizer> Make)[]
        {
            ("Adam", p => optim.Adam(p, lr: 1e-2)),
            ("Adam with weight decay, amsgrad and maximize", p => optim.Adam(p, lr: 1e-2, weight_decay: 0.1, amsgrad: true, maximize: true)),
            ("AdamW", p => optim.AdamW(p, lr: 1e-2, weight_decay: 0.1)),
            ("SGD", p => optim.SGD(p, 0.1)),
            ("SGD with momentum, dampening and weight decay", p => optim.SGD(p, 0.1, momentum: 0.9, dampening: 0.2, weight_decay: 0.01)),
            ("SGD with Nesterov momentum, maximizing", p => optim.SGD(p, 0.1, momentum: 0.9, nesterov: true, maximize: true)),
        };
        foreach (var (name, make) in optimizers)
        {
            foreach (var type in new[] { ScalarType.Float32, ScalarType.Float64 })
            {
                yield return new($"optimizer: {name}, {type}, three steps", () =>
                {
                    Tensor Run(Device device)
                    {
                        // 37 elements: the CPU's vector loop and its scalar tail both take part.
                        var p = new Parameter(Normal(150, 37).to_type(type).to(device));
                        using var optimizer = make([p]);
                        for (int step = 0; step < 3; step++)
                        {
                            p.grad = Normal(151 + step, 37).to_type(type).to(device);
                            optimizer.step();
                        }
                        return p.detach();
                    }
                    Expect.Identical(name, Run(CPU), Run(CUDA));
                });
            }
        }
    }
}
