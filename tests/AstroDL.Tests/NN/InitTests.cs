using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

public class InitTests
{
    private static double Std(Tensor t) => t.to_type(ScalarType.Float64).std().item<double>();

    private static double MaxAbs(Tensor t) => t.abs().max().item<float>();

    [Fact]
    public void LinearDefaultInitStaysWithinOneOverSqrtFanIn()
    {
        manual_seed(1);
        var layer = Linear(400, 300);
        var bound = 1 / Math.Sqrt(400);
        Assert.True(MaxAbs(layer.weight) <= bound + 1e-7);
        Assert.True(MaxAbs(layer.bias!) <= bound + 1e-7);
        // A uniform on ±bound has std bound/√3; reaching near the bound shows the range is used, not just respected.
        Assert.InRange(Std(layer.weight), 0.97 * bound / Math.Sqrt(3), 1.03 * bound / Math.Sqrt(3));
        Assert.True(MaxAbs(layer.weight) > 0.99 * bound);
    }

    [Fact]
    public void XavierAndKaimingHaveTheirStandardDeviations()
    {
        manual_seed(2);
        var w = empty(500, 300);
        var xavier = Math.Sqrt(2.0 / 800);
        Assert.InRange(Std(init.xavier_uniform_(w)), 0.98 * xavier, 1.02 * xavier);
        Assert.InRange(Std(init.xavier_normal_(w, gain: 2)), 0.98 * 2 * xavier, 1.02 * 2 * xavier);

        var heIn = Math.Sqrt(2.0 / 300);
        Assert.InRange(Std(init.kaiming_normal_(w, nonlinearity: init.NonlinearityType.ReLU)), 0.98 * heIn, 1.02 * heIn);
        var heOut = Math.Sqrt(2.0 / 500);
        Assert.InRange(Std(init.kaiming_uniform_(w, mode: init.FanInOut.FanOut, nonlinearity: init.NonlinearityType.ReLU)), 0.98 * heOut, 1.02 * heOut);
    }

    [Fact]
    public void GainsFollowPyTorch()
    {
        Assert.Equal(1.0, init.calculate_gain(init.NonlinearityType.Linear));
        Assert.Equal(5.0 / 3, init.calculate_gain(init.NonlinearityType.Tanh), 12);
        Assert.Equal(Math.Sqrt(2), init.calculate_gain(init.NonlinearityType.ReLU), 12);
        Assert.Equal(Math.Sqrt(2 / 1.0001), init.calculate_gain(init.NonlinearityType.LeakyReLU), 12);
        Assert.Equal(Math.Sqrt(2 / 1.04), init.calculate_gain(init.NonlinearityType.LeakyReLU, 0.2), 12);
    }

    [Fact]
    public void SeededInitIsReproducibleAndGeneratorsAreIndependent()
    {
        manual_seed(42);
        var first = Linear(20, 10);
        manual_seed(42);
        var second = Linear(20, 10);
        Assert.True(first.weight.equal(second.weight));
        Assert.True(first.bias!.equal(second.bias!));

        var a = init.normal_(empty(50), generator: new Generator(7));
        var b = init.normal_(empty(50), generator: new Generator(7));
        var c = init.normal_(empty(50), generator: new Generator(8));
        Assert.True(a.equal(b));
        Assert.False(a.equal(c));
    }

    [Fact]
    public void FillsWorkInPlaceOnParametersAndKeepTheirIdentity()
    {
        var layer = Linear(3, 3);
        var weight = layer.weight;
        Assert.Same(weight, init.eye_(layer.weight));
        Assert.Equal(new float[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 }, weight.data<float>().ToArray());
        init.constant_(layer.bias!, 0.5);
        Assert.All(layer.bias!.data<float>().ToArray(), v => Assert.Equal(0.5f, v));
        init.zeros_(weight);
        Assert.Equal(0f, weight.abs().sum().item<float>());
        init.ones_(weight);
        Assert.Equal(9f, weight.sum().item<float>());
        Assert.True(weight.requires_grad);
        Assert.True(weight.is_leaf);
    }

    [Fact]
    public void FanNeedsTwoDimensions()
    {
        var error = Assert.Throws<ArgumentException>(() => init.xavier_uniform_(empty(5)));
        Assert.Contains("[5]", error.Message);
    }
}
