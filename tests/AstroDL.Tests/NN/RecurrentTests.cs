using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

/// <summary>RNN family behaviour beyond the PyTorch fixtures: names, shapes, init, dropout between layers, errors.</summary>
public class RecurrentTests
{
    [Fact]
    public void ParametersAreNamedAndOrderedAsInPyTorch()
    {
        var lstm = LSTM(3, 5, numLayers: 2, bidirectional: true);
        var names = lstm.named_parameters().Select(p => p.name).ToArray();
        string[] layer0 = ["weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"];
        Assert.Equal([.. layer0, .. layer0.Select(n => n + "_reverse"), .. layer0.Select(n => n.Replace("l0", "l1")),
            .. layer0.Select(n => n.Replace("l0", "l1") + "_reverse")], names);
        var shapes = lstm.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);
        Assert.Equal([20L, 3], shapes["weight_ih_l0"]);
        Assert.Equal([20L, 10], shapes["weight_ih_l1_reverse"]);
        Assert.Equal([20L, 5], shapes["weight_hh_l1"]);
        Assert.Equal([15L, 3], GRU(3, 5).named_parameters().First().parameter.shape);
        Assert.Equal(["weight_ih", "weight_hh"], GRUCell(3, 5, bias: false).named_parameters().Select(p => p.name));
    }

    [Fact]
    public void DefaultInitIsUniformOverOneOverSqrtHiddenSize()
    {
        manual_seed(1);
        var gru = GRU(30, 100);
        var bound = 1 / Math.Sqrt(100);
        foreach (var p in gru.parameters())
        {
            var max = p.abs().max().item<float>();
            Assert.True(max <= bound + 1e-7 && max > 0.98 * bound, $"{max} outside ±{bound}");
        }
    }

    [Fact]
    public void ShapesFollowBatchFirstDirectionsAndUnbatchedInput()
    {
        var lstm = LSTM(3, 4, numLayers: 2, batchFirst: true, bidirectional: true);
        var (output, hN, cN) = lstm.call(randn(6, 7, 3));
        Assert.Equal([6L, 7, 8], output.shape);
        Assert.Equal([4L, 6, 4], hN.shape);
        Assert.Equal([4L, 6, 4], cN.shape);

        var rnn = RNN(3, 4, numLayers: 3);
        var (single, last) = rnn.call(randn(7, 3));
        Assert.Equal([7L, 4], single.shape);
        Assert.Equal([3L, 4], last.shape);
        Assert.Equal([4L], GRUCell(3, 4).call(randn(3)).shape);
    }

    [Fact]
    public void UnidirectionalOutputEndsInTheFinalStateAndBidirectionalStartsInTheReverseOne()
    {
        manual_seed(2);
        var gru = GRU(2, 3, bidirectional: true);
        var (output, hN) = gru.call(randn(5, 4, 2));
        Assert.True(output[-1, .., ..3].equal(hN[0]));
        Assert.True(output[0, .., 3..].equal(hN[1]));
    }

    [Fact]
    public void CellsStepLikeTheLayerTheyMirror()
    {
        manual_seed(3);
        var lstm = LSTM(2, 3);
        var cell = LSTMCell(2, 3);
        cell.load_state_dict(lstm.state_dict().ToDictionary(e => e.Key.Replace("_l0", ""), e => e.Value));
        var x = randn(4, 5, 2);
        var (output, hN, cN) = lstm.call(x);
        (Tensor, Tensor)? state = null;
        for (int t = 0; t < 4; t++) state = cell.call(x[t], state);
        Assert.True(state!.Value.Item1.allclose(hN[0], atol: 1e-6));
        Assert.True(state.Value.Item2.allclose(cN[0], atol: 1e-6));
        Assert.True(output[-1].allclose(hN[0]));
    }

    [Fact]
    public void DropoutActsBetweenLayersInTrainingOnly()
    {
        manual_seed(4);
        var lstm = LSTM(3, 8, numLayers: 2, dropout: 0.5);
        var x = randn(6, 2, 3);
        manual_seed(10);
        var (first, _, _) = lstm.call(x);
        manual_seed(10);
        var (again, _, _) = lstm.call(x);
        var (other, _, _) = lstm.call(x);
        Assert.True(first.equal(again), "the same seed gives the same dropout masks");
        Assert.False(first.equal(other));

        lstm.eval();
        var (eval1, _, _) = lstm.call(x);
        var (eval2, _, _) = lstm.call(x);
        Assert.True(eval1.equal(eval2));
        Assert.False(eval1.allclose(first, atol: 1e-3));

        // With p = 0 training and eval agree, and one layer has nothing to drop between.
        var noDropout = LSTM(3, 8, numLayers: 2);
        noDropout.load_state_dict(lstm.state_dict());
        Assert.True(noDropout.call(x).Item1.equal(eval1));
        var oneLayer = GRU(3, 4, dropout: 0.9);
        var y = randn(5, 2, 3);
        var trainOut = oneLayer.call(y).Item1;
        oneLayer.eval();
        Assert.True(trainOut.equal(oneLayer.call(y).Item1));
    }

    [Fact]
    public void GradientsAccumulateOverARetainedGraph()
    {
        manual_seed(5);
        var rnn = RNN(2, 3);
        var x = randn(6, 1, 2).requires_grad_();
        var loss = rnn.call(x).Item1.sum();
        loss.backward(retain_graph: true);
        var once = x.grad!.clone();
        loss.backward();
        Assert.True(x.grad!.allclose(once.mul(2)));
    }

    [Fact]
    public void TrainsWithNoGradFreeEvaluation()
    {
        var gru = GRU(2, 3);
        using (no_grad())
        {
            var (output, hN) = gru.call(randn(4, 2, 2));
            Assert.False(output.requires_grad);
            Assert.False(hN.requires_grad);
        }
    }

    [Fact]
    public void MistakesAreExplained()
    {
        var lstm = LSTM(3, 4, numLayers: 2);
        var features = Assert.Throws<ArgumentException>(() => lstm.call(randn(5, 2, 6)));
        Assert.Contains("3 features", features.Message);
        var state = Assert.Throws<ArgumentException>(() => lstm.call(randn(5, 2, 3), (zeros(1, 2, 4), zeros(1, 2, 4))));
        Assert.Contains("[2, 2, 4]", state.Message);
        Assert.Throws<ArgumentException>(() => RNN(3, 4).call(randn(5, 2, 2, 3)));
        Assert.Throws<ArgumentException>(() => LSTMCell(3, 4).call(randn(2, 3), (zeros(3, 4), zeros(2, 4))));
        Assert.Throws<ArgumentException>(() => GRU(3, 4, dropout: 1.5));
    }

    [Fact]
    public void ModulesPrintLikePyTorch()
    {
        Assert.Equal("LSTM(10, 20, num_layers=2, batch_first=True, dropout=0.5, bidirectional=True)",
            LSTM(10, 20, numLayers: 2, batchFirst: true, dropout: 0.5, bidirectional: true).ToString());
        Assert.Equal("GRU(3, 4, bias=False)", GRU(3, 4, bias: false).ToString());
        Assert.Equal("RNN(3, 4)", RNN(3, 4, nonLinearity: NonLinearities.ReLU).ToString());
        Assert.Equal("RNNCell(3, 4, bias=False, nonlinearity=relu)", RNNCell(3, 4, NonLinearities.ReLU, bias: false).ToString());
        Assert.Equal("LSTMCell(3, 4)", LSTMCell(3, 4).ToString());
    }
}
