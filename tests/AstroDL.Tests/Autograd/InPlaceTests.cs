using static AstroDL.torch;

namespace AstroDL.Tests.Autograd;

/// <summary>In-place ops in the graph give the gradients of their out-of-place forms; changing what a node saved is an error.</summary>
public class InPlaceTests
{
    private static Tensor Leaf() => tensor(new float[] { 1, 2 }, requires_grad: true);

    [Fact]
    public void ChangingASavedTensorIsAnError()
    {
        var x = Leaf();
        var h = x.mul(2);
        var y = h.square();
        using (no_grad()) h.add_(1);
        var error = Assert.Throws<InvalidOperationException>(() => y.sum().backward());
        Assert.Contains("'square'", error.Message);
        Assert.Contains("modified by an in-place operation", error.Message);
    }

    [Fact]
    public void ChangingASavedTensorThroughAViewIsAnError()
    {
        var x = Leaf();
        var h = x.mul(1.0);
        var y = h.mul(h);
        using (no_grad()) h[0] = tensor(5f);
        Assert.Throws<InvalidOperationException>(() => y.sum().backward());
    }

    [Fact]
    public void LeafThatRequiresGradIsRefusedOutsideNoGrad()
    {
        var x = Leaf();
        var error = Assert.Throws<InvalidOperationException>(() => x.add_(1));
        Assert.Contains("leaf tensor that requires grad", error.Message);
        Assert.Contains("no_grad", error.Message);
        using (no_grad()) x.add_(1);
        Assert.Equal(new float[] { 2, 3 }, x.data<float>().ToArray());
    }

    [Fact]
    public void ViewOfALeafThatRequiresGradIsRefused()
    {
        var x = Leaf();
        Assert.Throws<InvalidOperationException>(() => x[0] = tensor(5f));
        Assert.Throws<InvalidOperationException>(() => x.narrow(0, 0, 1).fill_(5));
        Assert.Equal(new float[] { 1, 2 }, x.data<float>().ToArray());
    }

    [Fact]
    public void AnInPlaceChainGivesTheGradientOfItsOutOfPlaceForm()
    {
        // relu(x·2 + y)·3, then leaky_relu and clamp: in place on a graph tensor, checked by finite differences.
        Assert.True(autograd.gradcheck(v => v[0].mul(2).add_(v[1]).relu_().mul_(3).sub_(v[1]).leaky_relu_(0.2).clamp_(-1, 4),
            [Float64(-1.5, 0.3, 0.8, 2), Float64(0.4, -0.9, 0.2, 1.1)]));
        Assert.True(autograd.gradcheck(v => v[0].square().div_(v[1]).add_(1), [Float64(0.1, 0.2), Float64(1.5, -2)]));
    }

    [Fact]
    public void AnInPlaceOpOnAPlainTensorWithAGradientOperandJoinsTheGraph()
    {
        var x = tensor(new double[] { 1, 2 }, requires_grad: true);
        var acc = zeros([2], float64);
        acc.add_(x.mul(3)).mul_(x);
        acc.sum().backward();
        // d/dx (3x·x) = 6x.
        Assert.Equal(new double[] { 6, 12 }, x.grad!.data<double>().ToArray());
        var copied = zeros([2], float64);
        copied.copy_(x.square());
        copied.sum().backward();
        Assert.Equal(new double[] { 8, 16 }, x.grad!.data<double>().ToArray());
    }

    [Fact]
    public void InPlaceActivationLayersTrainAsTheirOutOfPlaceForms()
    {
        var x = tensor(new double[] { -2, -0.5, 0.5, 3 }, requires_grad: true);
        nn.ReLU(inplace: true).call(x.mul(1)).mul(x).sum().backward();
        Assert.Equal(new double[] { 0, 0, 1, 6 }, x.grad!.data<double>().ToArray());
        x.grad = null;
        nn.LeakyReLU(0.2, inplace: true).call(x.mul(1)).sum().backward();
        Assert.Equal(new double[] { 0.2, 0.2, 1, 1 }, x.grad!.data<double>().ToArray());
    }

    [Fact]
    public void ChangingAnOutputThatItsOpSavedIsStillAnError()
    {
        var x = Leaf();
        var y = x.sigmoid();
        y.mul_(2);
        var error = Assert.Throws<InvalidOperationException>(() => y.sum().backward());
        Assert.Contains("'sigmoid'", error.Message);
        Assert.Contains("modified by an in-place operation", error.Message);
    }

    [Fact]
    public void ChangingTheInputOfAnOpThatSavedOnlyItsOutputIsAllowed()
    {
        // exp's gradient reads its output only, so changing its input afterwards is fine (as in PyTorch).
        var x = tensor(new double[] { 0, 1 }, requires_grad: true);
        var h = x.mul(1);
        var y = h.exp();
        h.mul_(5);
        y.add(h).sum().backward();
        // d/dx (exp(x) + 5x) = exp(x) + 5: the gradient of exp reaches x directly, not through the later mul_.
        var grad = x.grad!.data<double>().ToArray();
        Assert.Equal(6, grad[0], 12);
        Assert.Equal(Math.E + 5, grad[1], 12);
    }

    [Fact]
    public void InPlaceOnAViewOfAGraphTensorIsRefused()
    {
        var h = Leaf().mul(2);
        var error = Assert.Throws<InvalidOperationException>(() => h.narrow(0, 0, 1).mul_(3));
        Assert.Contains("mul_", error.Message);
        Assert.Contains("shares its memory", error.Message);
    }

    private static Tensor Float64(params double[] values) => tensor(values, requires_grad: true);

    [Fact]
    public void InPlaceOnPlainTensorsWorksAndBumpsTheVersion()
    {
        var a = ones(2);
        int version = a.storage.Version;
        a.add_(tensor(new float[] { 1, 2 })).mul_(2);
        Assert.Equal(new float[] { 4, 6 }, a.data<float>().ToArray());
        Assert.Equal(version + 2, a.storage.Version);
    }
}
