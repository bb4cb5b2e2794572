using static AstroDL.torch;

namespace AstroDL.Tests.Autograd;

/// <summary>torch.autograd.grad and backward(create_graph): what they return, what they leave alone, and their errors.</summary>
public class AutogradGradTests
{
    [Fact]
    public void ReturnsGradientsWithoutTouchingDotGrad()
    {
        var x = tensor(new[] { 1.0, 2.0, 3.0 }).requires_grad_();
        var w = tensor(new[] { 0.5, -1.0, 2.0 }).requires_grad_();
        var y = x.mul(w).sum();
        var grads = autograd.grad([y], [x, w]);
        Assert.Equal(new[] { 0.5, -1.0, 2.0 }, grads[0].data<double>().ToArray());
        Assert.Equal(new[] { 1.0, 2.0, 3.0 }, grads[1].data<double>().ToArray());
        Assert.Null(x.grad);
        Assert.Null(w.grad);
    }

    [Fact]
    public void TakesTheGradientOfAnIntermediateTensor()
    {
        var x = tensor(new[] { 1.0, -2.0 }).requires_grad_();
        var h = x.mul(3);                       // d(Σ h²)/dh = 2h = [6, −12]
        var loss = h.square().sum();
        Assert.Equal(new[] { 6.0, -12.0 }, autograd.grad([loss], [h])[0].data<double>().ToArray());
    }

    [Fact]
    public void WeighsNonScalarOutputsByGradOutputsAndSumsOverOutputs()
    {
        var x = tensor(new[] { 1.0, 2.0 }).requires_grad_();
        var a = x.square();                     // da/dx = 2x
        var b = x.mul(10).sum();                // db/dx = 10
        var g = autograd.grad([a, b], [x], [tensor(new[] { 1.0, 0.5 }), tensor(2.0)])[0];
        Assert.Equal(new[] { 2.0 + 20, 2.0 + 20 }, g.data<double>().ToArray());
    }

    [Fact]
    public void SecondDerivativeOfACubeThroughBothApis()
    {
        var x = tensor(new[] { 2.0, -1.0 }).requires_grad_();
        var first = autograd.grad([x.pow(3).sum()], [x], create_graph: true)[0];     // 3x²
        Assert.True(first.requires_grad);
        var second = autograd.grad([first.sum()], [x])[0];                          // 6x
        Assert.Equal(new[] { 12.0, -6.0 }, second.data<double>().ToArray());

        x.pow(3).sum().backward(create_graph: true);
        var grad = x.grad!;
        Assert.NotNull(grad.grad_fn);
        x.grad = null;
        grad.sum().backward();
        Assert.Equal(new[] { 12.0, -6.0 }, x.grad!.data<double>().ToArray());
    }

    [Fact]
    public void UnusedInputIsAnErrorUnlessAllowed()
    {
        var x = tensor(new[] { 1.0 }).requires_grad_();
        var unused = tensor(new[] { 1.0, 2.0 }).requires_grad_();
        var message = Assert.Throws<InvalidOperationException>(() => autograd.grad([x.square().sum()], [x, unused], retain_graph: true)).Message;
        Assert.Contains("input 1 [2]", message);
        Assert.Contains("allow_unused", message);
        var grads = autograd.grad([x.square().sum()], [x, unused], allow_unused: true);
        Assert.Equal(new[] { 0.0, 0.0 }, grads[1].data<double>().ToArray());
    }

    [Fact]
    public void ExplainsWrongArguments()
    {
        var x = tensor(new[] { 1.0, 2.0 }).requires_grad_();
        Assert.Contains("scalar outputs", Assert.Throws<ArgumentException>(() => autograd.grad([x.square()], [x])).Message);
        Assert.Contains("does not require a gradient", Assert.Throws<ArgumentException>(() => autograd.grad([x.sum()], [tensor(1.0)])).Message);
        Assert.Contains("grad_outputs[0] is [3]",
            Assert.Throws<ArgumentException>(() => autograd.grad([x.square()], [x], [ones([3], float64)])).Message);
    }

    [Fact]
    public void RefusesASecondDerivativeThroughAnOpThatHasNone()
    {
        var x = randn([1, 1, 4, 4], float64).requires_grad_();
        var y = nn.functional.max_pool2d(x, 2).square().sum();
        var error = Assert.Throws<NotSupportedException>(() => autograd.grad([y], [x], create_graph: true));
        Assert.Contains("'max_pool'", error.Message);
        // Without create_graph the same gradient is fine.
        var g = autograd.grad([nn.functional.max_pool2d(x, 2).square().sum()], [x])[0];
        Assert.Equal(x.shape, g.shape);
    }
}
