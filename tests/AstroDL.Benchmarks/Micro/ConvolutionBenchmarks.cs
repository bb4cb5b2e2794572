using AstroDL.Modules;
using BenchmarkDotNet.Attributes;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.Micro;

/// <summary>
/// The convolution and pooling layers of the e2e CNN at batch 64, one thread, each inside a dispose scope as in a
/// training loop: forward alone (no graph) and forward with backward (the output gradient is a fixed tensor, so
/// no reduction is timed with them). Conv1 is Conv2d(1, 32, 3, padding 1) on 28x28 images (its input needs no
/// gradient, as for a network's first layer); conv2 is Conv2d(32, 64, 3, padding 1) on 14x14; the pooling is
/// MaxPool2d(2) on conv1's output.
/// </summary>
[Config(typeof(MicroConfig))]
public class ConvolutionBenchmarks
{
    private Tensor images = null!, features = null!, activations = null!;
    private Tensor conv1Gradient = null!, conv2Gradient = null!, poolGradient = null!;
    private Conv2d conv1 = null!, conv2 = null!;

    [GlobalSetup]
    public void Setup()
    {
        set_num_threads(1);
        manual_seed(1);
        conv1 = nn.Conv2d(1, 32, 3, padding: 1);
        conv2 = nn.Conv2d(32, 64, 3, padding: 1);
        images = rand(64, 1, 28, 28);
        features = rand(64, 32, 14, 14).requires_grad_();
        activations = rand(64, 32, 28, 28).requires_grad_();
        conv1Gradient = randn(64, 32, 28, 28);
        conv2Gradient = randn(64, 64, 14, 14);
        poolGradient = randn(64, 32, 14, 14);
    }

    [Benchmark]
    public void Conv1Forward()
    {
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        conv1.forward(images);
    }

    [Benchmark]
    public void Conv1ForwardBackward()
    {
        using var scope = NewDisposeScope();
        conv1.forward(images).backward(conv1Gradient);
    }

    [Benchmark]
    public void Conv2Forward()
    {
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        conv2.forward(features);
    }

    [Benchmark]
    public void Conv2ForwardBackward()
    {
        using var scope = NewDisposeScope();
        conv2.forward(features).backward(conv2Gradient);
    }

    [Benchmark]
    public void MaxPoolForwardBackward()
    {
        using var scope = NewDisposeScope();
        nn.functional.max_pool2d(activations, 2).backward(poolGradient);
    }
}
