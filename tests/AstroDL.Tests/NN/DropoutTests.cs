using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

public class DropoutTests
{
    [Fact]
    public void EvalModeIsIdentity()
    {
        var dropout = Dropout(0.5);
        dropout.eval();
        var x = randn(10, 10);
        Assert.Same(x, dropout.call(x));
    }

    [Fact]
    public void TrainModeZeroesAboutPAndScalesTheRest()
    {
        manual_seed(3);
        var dropout = Dropout(0.3);
        var y = dropout.call(ones(100, 100)).data<float>().ToArray();
        var zeroFraction = y.Count(v => v == 0) / (double)y.Length;
        Assert.InRange(zeroFraction, 0.28, 0.32);
        Assert.All(y.Where(v => v != 0), v => Assert.Equal(1 / 0.7f, v, 5));
    }

    [Fact]
    public void SameSeedGivesTheSameMask()
    {
        var x = ones(20, 20);
        manual_seed(5);
        var first = functional.dropout(x, 0.5);
        manual_seed(5);
        var second = functional.dropout(x, 0.5);
        var third = functional.dropout(x, 0.5);
        Assert.True(first.equal(second));
        Assert.False(first.equal(third));
    }

    [Fact]
    public void GradientFlowsOnlyThroughKeptUnits()
    {
        manual_seed(6);
        var x = ones(50).requires_grad_();
        var y = functional.dropout(x, 0.5);
        y.sum().backward();
        Assert.True(y.equal(x.grad!.detach()));
    }

    [Fact]
    public void ExtremeProbabilities()
    {
        var x = randn(4, 4);
        Assert.Equal(0f, functional.dropout(x, 1).abs().sum().item<float>());
        Assert.True(functional.dropout(x, 0).equal(x));
        var error = Assert.Throws<ArgumentException>(() => Dropout(1.5));
        Assert.Contains("1.5", error.Message);
    }
}
