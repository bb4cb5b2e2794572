using static AstroDL.torch;

namespace AstroDL.Tests.Autograd;

public class GradCheckTests
{
    private static Tensor Input(params long[] shape) => randn(shape, float64, generator: new Generator(5)).requires_grad_();

    [Fact]
    public void AcceptsACorrectGradient() =>
        Assert.True(autograd.gradcheck(x => x[0].mul(x[1]).sin(), [Input(2, 3), Input(3)]));

    [Fact]
    public void NamesTheInputAndElementOfAWrongGradient()
    {
        // x·2 whose recorded gradient is 3·g: wrong for every element.
        static Tensor Wrong(Tensor x) => x.detach().mul(2).WithGrad("wrong", [x], g => [g.mul(3)]);
        var error = Assert.Throws<autograd.GradcheckError>(() => autograd.gradcheck(x => x[0].add(Wrong(x[1])), [Input(2), Input(2, 2)]));
        Assert.Contains("input 1 [2, 2]", error.Message);
        Assert.Contains("element [0, 0]", error.Message);
        Assert.Matches(@"is \S+ analytically but \S+ numerically", error.Message);
    }

    [Fact]
    public void GradgradcheckCatchesAGradientThatIsRightOnceButNotTwice()
    {
        // x² whose gradient 2·x·g uses a detached x: the first derivative is right, the second misses 2·g.
        static Tensor Square(Tensor x) => x.detach().square().WithGrad("square_detached", [x], g => [g.mul(x.detach()).mul(2)]);
        Assert.True(autograd.gradcheck(x => Square(x[0]), [Input(3)]));
        var error = Assert.Throws<autograd.GradcheckError>(() => autograd.gradgradcheck(x => Square(x[0]), [Input(3)]));
        Assert.Contains("input 0 [3]", error.Message);
        Assert.True(autograd.gradgradcheck(x => x[0].square(), [Input(3)]));
    }

    [Fact]
    public void RefusesSinglePrecisionAndInputsWithoutGrad()
    {
        var single = randn(3).requires_grad_();
        Assert.Contains("float64", Assert.Throws<ArgumentException>(() => autograd.gradcheck(x => x[0], [single])).Message);
        Assert.Throws<ArgumentException>(() => autograd.gradcheck(x => x[0], [randn([3], float64)]));
    }

    [Fact]
    public void LeavesInputsAndTheirGradientsAsTheyWere()
    {
        var x = randn([4, 3], float64).t().requires_grad_();
        var before = x.clone().detach();
        var grad = ones([3, 4], float64);
        x.grad = grad;
        autograd.gradcheck(v => v[0].exp(), [x]);
        Assert.True(x.equal(before));
        Assert.Same(grad, x.grad);
    }

    [Fact]
    public void AnInputTheOutputIgnoresHasAZeroGradient() =>
        Assert.True(autograd.gradcheck(x => x[0].square(), [Input(3), Input(2)]));
}
