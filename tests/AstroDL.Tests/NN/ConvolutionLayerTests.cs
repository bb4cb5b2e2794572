using AstroDL.Tests.Fixtures;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

/// <summary>Convolution, pooling and upsampling layers: printouts, initialisation, shapes, errors, float32 kernels and determinism.</summary>
public class ConvolutionLayerTests
{
    [Fact]
    public void LayersPrintLikePyTorch()
    {
        Assert.Equal("Conv2d(1, 32, kernel_size=(3, 3), stride=(1, 1))", Conv2d(1, 32, 3).ToString());
        Assert.Equal("Conv2d(1, 32, kernel_size=(3, 3), stride=(1, 1), padding=same)", Conv2d(1, 32, 3, Padding.Same).ToString());
        Assert.Equal("Conv2d(4, 8, kernel_size=(3, 5), stride=(2, 2), padding=(1, 1), dilation=(2, 2), groups=2, bias=False, padding_mode=reflect)",
            Conv2d(4, 8, (3, 5), (2, 2), (1, 1), (2, 2), PaddingModes.Reflect, groups: 2, bias: false).ToString());
        Assert.Equal("Conv1d(4, 8, kernel_size=(3,), stride=(1,), padding=valid)", Conv1d(4, 8, 3, Padding.Valid).ToString());
        Assert.Equal("ConvTranspose2d(4, 8, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), output_padding=(1, 1))",
            ConvTranspose2d(4, 8, 3, stride: 2, padding: 1, output_padding: 1).ToString());
        Assert.Equal("MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)", MaxPool2d(2).ToString());
        Assert.Equal("MaxPool2d(kernel_size=3, stride=2, padding=1, dilation=1, ceil_mode=True)", MaxPool2d(3, 2, 1, ceil_mode: true).ToString());
        Assert.Equal("MaxPool1d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)", MaxPool1d(2).ToString());
        Assert.Equal("AvgPool1d(kernel_size=(2,), stride=(2,), padding=(0,))", AvgPool1d(2).ToString());
        Assert.Equal("AvgPool2d(kernel_size=2, stride=2, padding=0)", AvgPool2d(2).ToString());
        Assert.Equal("AdaptiveAvgPool2d(output_size=(5, 7))", AdaptiveAvgPool2d((5, 7)).ToString());
        Assert.Equal("AdaptiveAvgPool2d(output_size=1)", AdaptiveAvgPool2d(1).ToString());
        Assert.Equal("Upsample(scale_factor=2.0, mode=nearest)", Upsample(scale_factor: [2]).ToString());
        Assert.Equal("Upsample(size=(4, 5), mode=nearest)", Upsample(size: [4, 5]).ToString());
    }

    [Fact]
    public void ParametersHavePyTorchShapesAndInitialRanges()
    {
        random.manual_seed(3);
        var conv = Conv2d(6, 8, (3, 2), groups: 2);
        Assert.Equal([8L, 3, 3, 2], conv.weight.shape);
        Assert.Equal([8L], conv.bias!.shape);
        // kaiming_uniform_(a=√5) gives U(±1/√fan_in), fan_in = (in/groups)·kH·kW = 18; the bias uses the same bound.
        AssertUniform(conv.weight, 1 / Math.Sqrt(18));
        AssertUniform(conv.bias, 1 / Math.Sqrt(18));

        var transposed = ConvTranspose2d(4, 6, 3, groups: 2);
        Assert.Equal([4L, 3, 3, 3], transposed.weight.shape);
        // As in PyTorch, a transposed weight's fan_in is its second dimension times the kernel: (out/groups)·k·k = 27.
        AssertUniform(transposed.weight, 1 / Math.Sqrt(27));

        var conv1 = Conv1d(3, 5, 4, bias: false);
        Assert.Equal([5L, 3, 4], conv1.weight.shape);
        Assert.Null(conv1.bias);
        Assert.Equal(["weight"], conv1.named_parameters().Select(p => p.name));
    }

    private static void AssertUniform(Tensor t, double bound)
    {
        var values = t.detach().to_type(float64).data<double>().ToArray();
        Assert.All(values, v => Assert.InRange(Math.Abs(v), 0, bound));
        Assert.True(values.Max(Math.Abs) > 0.7 * bound, $"values up to {values.Max(Math.Abs)} do not spread over ±{bound}");
    }

    [Fact]
    public void OutputShapesFollowTheSlidingWindowArithmetic()
    {
        var x = randn(2, 3, 28, 28);
        Assert.Equal([2L, 8, 26, 26], Conv2d(3, 8, 3).call(x).shape);
        Assert.Equal([2L, 8, 28, 28], Conv2d(3, 8, 4, Padding.Same).call(x).shape);
        Assert.Equal([2L, 8, 14, 14], Conv2d(3, 8, 3, stride: 2, padding: 1).call(x).shape);
        Assert.Equal([2L, 8, 24, 24], Conv2d(3, 8, 3, dilation: 2).call(x).shape);
        Assert.Equal([8L, 26, 26], Conv2d(3, 8, 3).call(x[0]).shape);
        Assert.Equal([2L, 3, 14, 14], MaxPool2d(2).call(x).shape);
        Assert.Equal([2L, 3, 10, 10], MaxPool2d(3, ceil_mode: true).call(x).shape);
        Assert.Equal([2L, 3, 9, 9], MaxPool2d(3).call(x).shape);
        Assert.Equal([2L, 3, 1, 1], AdaptiveAvgPool2d(1).call(x).shape);
        Assert.Equal([2L, 3, 56, 56], Upsample(scale_factor: [2]).call(x).shape);
        var up = ConvTranspose2d(3, 4, 3, stride: 2, padding: 1);
        Assert.Equal([2L, 4, 55, 55], up.call(x).shape);
        Assert.Equal([2L, 4, 56, 56], up.forward(x, [56, 56]).shape);
        Assert.Equal([2L, 5, 100], Conv1d(3, 5, 3, padding: 1).call(randn(2, 3, 100)).shape);
        Assert.Equal([2L, 3, 50], MaxPool1d(2).call(randn(2, 3, 100)).shape);
    }

    [Fact]
    public void ErrorsNameTheLayerTheShapeAndTheFix()
    {
        var conv = Conv2d(1, 32, 3);
        var channels = Assert.Throws<ArgumentException>(() => conv.call(randn(64, 3, 28, 28))).Message;
        Assert.Contains("Conv2d(1, 32, kernel_size=(3, 3), stride=(1, 1))", channels);
        Assert.Contains("[64, 3, 28, 28]", channels);
        Assert.Contains("[N, 1, H, W]", channels);
        Assert.Contains("in_channels = 1", channels);

        Assert.Contains("view(-1, 1, 28, 28)", Assert.Throws<ArgumentException>(() => conv.call(randn(64, 784))).Message);
        var small = Assert.Throws<ArgumentException>(() => conv.call(randn(1, 1, 2, 2))).Message;
        Assert.Contains("Conv2d(1, 32", small);
        Assert.Contains("[1, 1, 2, 2] is too small", small);
        Assert.Contains("MaxPool2d(kernel_size=2", Assert.Throws<ArgumentException>(() => MaxPool2d(2).call(randn(4, 10))).Message);
        Assert.Contains("too small", Assert.Throws<ArgumentException>(() => MaxPool2d(3).call(randn(1, 1, 2, 2))).Message);
        Assert.Contains("half the kernel_size", Assert.Throws<ArgumentException>(() => MaxPool2d(2, padding: 2).call(randn(1, 1, 8, 8))).Message);
        Assert.Contains("divisible by groups", Assert.Throws<ArgumentException>(() => Conv2d(3, 4, 3, groups: 2)).Message);
        Assert.Contains("stride 1", Assert.Throws<ArgumentException>(() => Conv2d(3, 4, 3, Padding.Same, stride: 2)).Message);
        Assert.Contains("float64", Assert.Throws<ArgumentException>(() => Conv2d(1, 2, 3).call(randn([1, 1, 5, 5], float64))).Message);
        Assert.Contains("output_padding", Assert.Throws<ArgumentException>(
            () => functional.conv_transpose2d(randn(1, 2, 4, 4), randn(2, 3, 3, 3), strides: [2], output_padding: [2])).Message);
        Assert.Contains("groups", Assert.Throws<ArgumentException>(() => functional.conv2d(randn(1, 4, 5, 5), randn(3, 2, 3, 3), groups: 2)).Message);
    }

    [Fact]
    public void Float32KernelsMatchFloat64()
    {
        // float32 runs the packed SGEMM with strided group blocks; float64 the simple product: the two must agree.
        random.manual_seed(5);
        foreach (var (layer, shape) in new (Module<Tensor, Tensor>, long[])[]
        {
            (Conv2d(4, 6, 3, padding: 1, groups: 2), [5, 4, 9, 8]),
            (Conv2d(8, 16, (3, 2), stride: (2, 1), dilation: (1, 2)), [3, 8, 11, 12]),
            (ConvTranspose2d(6, 4, 3, stride: 2, padding: 1, output_padding: 1, groups: 2), [3, 6, 5, 7]),
            (Conv1d(6, 9, 5, Padding.Same, groups: 3), [4, 6, 40]),
        })
        {
            var x = randn(shape);
            var (y32, grads32) = ForwardBackward(layer, x);
            layer.to(float64);
            var (y64, grads64) = ForwardBackward(layer, x.to_type(float64));
            PyTorchFixtures.AssertClose(y64, y32, 1e-4, 1e-4, $"{layer} output");
            for (int i = 0; i < grads64.Length; i++) PyTorchFixtures.AssertClose(grads64[i], grads32[i], 1e-4, 1e-4, $"{layer} gradient {i}");
        }
    }

    [Fact]
    public void LargeBatchesAreComputedInChunksWithTheSameResultAsOneImageAtATime()
    {
        // 16 channels x 9 taps x 24·24 positions: the column buffer holds a few images, so 30 images take several chunks.
        random.manual_seed(7);
        var conv = Conv2d(16, 8, 3, groups: 2);
        var x = randn(30, 16, 26, 26);
        var weights = randn(30, 8, 24, 24);
        var (batched, grads) = ForwardBackward(conv, x, weights);
        var single = Enumerable.Range(0, 30).Select(i => ForwardBackward(conv, x.narrow(0, i, 1), weights.narrow(0, i, 1))).ToList();
        PyTorchFixtures.AssertClose(cat(single.Select(s => s.output).ToList()), batched, 1e-5, 1e-5, "outputs");
        PyTorchFixtures.AssertClose(cat(single.Select(s => s.grads[0]).ToList()), grads[0], 1e-5, 1e-5, "input gradients");
        for (int p = 1; p < grads.Length; p++)
        {
            var summed = single.Select(s => s.grads[p]).Aggregate((a, b) => a.add(b));
            PyTorchFixtures.AssertClose(summed, grads[p], 1e-4, 1e-4, $"parameter gradient {p}");
        }
    }

    [Fact]
    public void ResultsDoNotDependOnTheThreadCount()
    {
        random.manual_seed(11);
        var model = Sequential(Conv2d(3, 16, 3), ReLU(), MaxPool2d(2), Conv2d(16, 8, 3, padding: 1), AvgPool2d(2));
        var x = randn(16, 3, 20, 20);
        int threads = get_num_threads();
        try
        {
            set_num_threads(1);
            var (one, oneGrads) = ForwardBackward(model, x);
            set_num_threads(2);
            var (two, twoGrads) = ForwardBackward(model, x);
            Assert.True(one.equal(two));
            for (int i = 0; i < oneGrads.Length; i++) Assert.True(oneGrads[i].equal(twoGrads[i]), $"gradient {i}");
        }
        finally
        {
            set_num_threads(threads);
        }
    }

    [Fact]
    public void MaxPoolIndicesPointAtTheMaximum()
    {
        var x = tensor(new float[] { 1, 5, 2, 0, 3, 4, 9, 8, 7, 6, 0, 1, 2, 2, 3, 0 }, [1, 1, 4, 4]);
        var (values, indices) = MaxPool2d(2).forward_with_indices(x);
        Assert.Equal(new float[] { 5, 9, 7, 3 }, values.data<float>().ToArray());
        Assert.Equal(new long[] { 1, 6, 8, 14 }, indices.data<long>().ToArray());
        var (_, indices1d) = functional.max_pool1d_with_indices(x.view(1, 2, 8), 4);
        Assert.Equal(new long[] { 1, 6, 0, 6 }, indices1d.data<long>().ToArray());
        // As in PyTorch a NaN wins its window, and ties go to the first maximum.
        var (withNaN, nanIndices) = functional.max_pool1d_with_indices(tensor(new float[] { 1, float.NaN, 3, 3, 3, 2 }, [1, 1, 6]), 3);
        Assert.True(float.IsNaN(withNaN.data<float>()[0]));
        Assert.Equal(new long[] { 1, 3 }, nanIndices.data<long>().ToArray());
    }

    [Fact]
    public void AMaxPoolWindowWhollyOnPaddingGivesMinusInfinityAndNoGradient()
    {
        // Dilation 3 with padding 1 puts the window's taps at -1 and 2 of a length-2 row: both padding. PyTorch gives -inf
        // (and an index outside the row); the kit gives -inf and index -1, and the window sends no gradient anywhere.
        foreach (long planes in new long[] { 1, 3 })
        {
            var x = arange(1, 2 * planes + 1, 1, float32).reshape(1, planes, 2).requires_grad_();
            var (values, indices) = functional.max_pool1d_with_indices(x, 2, stride: 1, padding: 1, dilation: 3);
            Assert.All(values.data<float>().ToArray(), v => Assert.Equal(float.NegativeInfinity, v));
            Assert.All(indices.data<long>().ToArray(), i => Assert.Equal(-1L, i));
            values.sum().backward();
            Assert.All(x.grad!.data<float>().ToArray(), g => Assert.Equal(0f, g));
        }
    }

    /// <summary>The output, and the gradients of the input and every parameter of (output·weights).sum() (weights default to a ramp).</summary>
    private static (Tensor output, Tensor[] grads) ForwardBackward(Module<Tensor, Tensor> layer, Tensor input, Tensor? weights = null)
    {
        layer.zero_grad();
        var x = input.detach().requires_grad_();
        var y = layer.call(x);
        weights ??= arange(0, y.numel(), dtype: y.dtype).reshape(y.shape).div(y.numel()).sub(0.5);
        y.mul(weights.to_type(y.dtype)).sum().backward();
        return (y.detach(), [x.grad!, .. layer.parameters().Select(p => p.grad!)]);
    }
}
