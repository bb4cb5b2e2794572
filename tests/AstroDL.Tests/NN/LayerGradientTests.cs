using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

/// <summary>
/// Central-difference checks (float64) of the normalization, embedding and recurrent layers, with respect to the input,
/// the initial states and every parameter (gradcheck perturbs the parameters in place, so the module sees each change).
/// </summary>
public class LayerGradientTests
{
    private static Tensor Leaf(params long[] shape) => randn(shape, float64).requires_grad_();

    /// <summary>Checks fn with respect to the given inputs followed by all of the module's parameters.</summary>
    private static void Check(Module module, Func<Tensor> fn, params Tensor[] inputs)
    {
        module.to(ScalarType.Float64);
        Assert.True(autograd.gradcheck(_ => fn(), [.. inputs, .. module.parameters()]));
    }

    [Fact]
    public void BatchNormInTraining()
    {
        manual_seed(1);
        var x = Leaf(4, 3, 2);
        var weight = Leaf(3);
        var bias = Leaf(3);
        var runningMean = zeros([3], float64);
        var runningVar = ones([3], float64);
        Assert.True(autograd.gradcheck(t => functional.batch_norm(t[0], runningMean, runningVar, t[1], t[2], training: true), [x, weight, bias]));
    }

    [Fact]
    public void BatchNormInEval()
    {
        manual_seed(2);
        var x = Leaf(4, 3);
        var runningMean = randn([3], float64);
        var runningVar = rand([3], float64).add(0.5);
        Assert.True(autograd.gradcheck(t => functional.batch_norm(t[0], runningMean, runningVar, t[1], t[2]), [x, Leaf(3), Leaf(3)]));
    }

    [Fact]
    public void BatchNorm2dModule()
    {
        manual_seed(3);
        var layer = BatchNorm2d(2);
        var x = Leaf(2, 2, 3, 2);
        Check(layer, () => layer.call(x), x);
    }

    [Fact]
    public void LayerNorm()
    {
        manual_seed(4);
        var x = Leaf(2, 3, 4);
        Assert.True(autograd.gradcheck(t => functional.layer_norm(t[0], [3, 4], t[1], t[2]), [x, Leaf(3, 4), Leaf(3, 4)]));
    }

    [Fact]
    public void Embedding()
    {
        manual_seed(5);
        var layer = nn.Embedding(5, 3);
        var indices = tensor(new long[] { 0, 2, 4, 2, 1, 0 }, [2, 3]);
        Check(layer, () => layer.call(indices));
    }

    /// <summary>The padding row is looked up like any other but gets no gradient (so gradcheck would rightly disagree there).</summary>
    [Fact]
    public void EmbeddingPaddingRowGetsNoGradient()
    {
        manual_seed(5);
        var layer = nn.Embedding(5, 3, padding_idx: 2);
        var indices = tensor(new long[] { 0, 2, 4, 2, 1, 0 }, [2, 3]);
        layer.call(indices).sum().backward();
        Assert.Equal(0f, layer.weight.grad![2].abs().sum().item<float>());
        Assert.Equal(2f, layer.weight.grad![0][0].item<float>());
    }

    [Theory]
    [InlineData(NonLinearities.Tanh)]
    [InlineData(NonLinearities.ReLU)]
    public void RNNCellStep(NonLinearities nonLinearity)
    {
        manual_seed(6);
        var cell = RNNCell(3, 4, nonLinearity);
        var (x, h) = (Leaf(2, 3), Leaf(2, 4));
        Check(cell, () => cell.call(x, h), x, h);
    }

    [Fact]
    public void LSTMCellStep()
    {
        manual_seed(7);
        var cell = LSTMCell(3, 4);
        var (x, h, c) = (Leaf(2, 3), Leaf(2, 4), Leaf(2, 4));
        Check(cell, () =>
        {
            var (hNext, cNext) = cell.call(x, (h, c));
            return cat([hNext, cNext], 1);
        }, x, h, c);
    }

    [Fact]
    public void GRUCellStep()
    {
        manual_seed(8);
        var cell = GRUCell(3, 4);
        var (x, h) = (Leaf(2, 3), Leaf(2, 4));
        Check(cell, () => cell.call(x, h), x, h);
    }

    [Fact]
    public void RNNTwoLayersBidirectional()
    {
        manual_seed(9);
        var rnn = RNN(2, 3, numLayers: 2, bidirectional: true);
        var (x, h0) = (Leaf(4, 2, 2), Leaf(4, 2, 3));
        Check(rnn, () =>
        {
            var (output, hN) = rnn.call(x, h0);
            return cat([output.flatten(), hN.flatten()]);
        }, x, h0);
    }

    [Fact]
    public void LSTMTwoLayersBatchFirst()
    {
        manual_seed(10);
        var lstm = LSTM(2, 3, numLayers: 2, batchFirst: true);
        var (x, h0, c0) = (Leaf(2, 4, 2), Leaf(2, 2, 3), Leaf(2, 2, 3));
        Check(lstm, () =>
        {
            var (output, hN, cN) = lstm.call(x, (h0, c0));
            return cat([output.flatten(), hN.flatten(), cN.flatten()]);
        }, x, h0, c0);
    }

    [Fact]
    public void GRUBidirectional()
    {
        manual_seed(11);
        var gru = GRU(2, 3, bidirectional: true);
        var (x, h0) = (Leaf(4, 2, 2), Leaf(2, 2, 3));
        Check(gru, () =>
        {
            var (output, hN) = gru.call(x, h0);
            return cat([output.flatten(), hN.flatten()]);
        }, x, h0);
    }
}
