using AstroDL.Modules;
using BenchmarkDotNet.Attributes;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.Micro;

/// <summary>
/// The pieces of an MLP training step (batch 64, 784-128-10), each inside a dispose scope as in a training loop:
/// softmax cross-entropy forward and backward, a linear layer forward and backward, and an Adam step over the
/// MLP's parameters.
/// </summary>
[Config(typeof(MicroConfig))]
public class TrainingStepBenchmarks
{
    private Tensor logits = null!, labels = null!, input = null!;
    private Modules.Linear layer = null!;
    private Sequential mlp = null!;
    private Adam adam = null!;

    [GlobalSetup]
    public void Setup()
    {
        set_num_threads(1);
        manual_seed(1);
        logits = randn(64, 10).requires_grad_();
        labels = randint(0, 10, [64]);
        input = rand(64, 784);
        layer = nn.Linear(784, 128);
        mlp = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10));
        adam = optim.Adam(mlp.parameters(), lr: 1e-3);
        foreach (var p in mlp.parameters()) p.grad = randn_like(p).mul(1e-3);
    }

    [Benchmark]
    public void CrossEntropyForwardBackward()
    {
        using var scope = NewDisposeScope();
        // Gradients add into the existing .grad, as with gradient accumulation.
        nn.functional.cross_entropy(logits, labels).backward();
    }

    [Benchmark]
    public void LinearForwardBackward()
    {
        using var scope = NewDisposeScope();
        layer.forward(input).sum().backward();
    }

    [Benchmark]
    public void AdamStepOnMlp() => adam.step();
}
