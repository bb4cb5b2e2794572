using static AstroDL.torch;

namespace AstroDL.Tests.Autograd;

/// <summary>In-place ops are not recorded, so wherever a gradient would flow through one it must be an error.</summary>
public class InPlaceTests
{
    private static Tensor Leaf() => tensor(new float[] { 1, 2 }, requires_grad: true);

    [Fact]
    public void ChangingASavedTensorIsAnError()
    {
        var x = Leaf();
        var h = x.mul(2);
        var y = h.exp();
        using (no_grad()) h.add_(1);
        var error = Assert.Throws<InvalidOperationException>(() => y.sum().backward());
        Assert.Contains("'exp'", error.Message);
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
    public void InPlaceOnAGraphTensorIsRefusedRatherThanGivingAWrongGradient()
    {
        var x = Leaf();
        var h = x.mul(2);
        var error = Assert.Throws<InvalidOperationException>(() => h.mul_(3));
        Assert.Contains("mul_", error.Message);
        Assert.Contains("out-of-place", error.Message);
    }

    [Fact]
    public void InPlaceWithAnOperandThatNeedsAGradientIsRefused()
    {
        var x = Leaf();
        var acc = zeros(2);
        Assert.Throws<InvalidOperationException>(() => acc.add_(x));
        Assert.Throws<InvalidOperationException>(() => acc.copy_(x.mul(2)));
        Assert.Equal(new float[] { 0, 0 }, acc.data<float>().ToArray());
    }

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
