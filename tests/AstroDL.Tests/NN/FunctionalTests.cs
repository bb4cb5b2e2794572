using AstroDL.Tests.Fixtures;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

public class FunctionalTests
{
    [Fact]
    public void OneHotMakesInt64Rows()
    {
        var labels = tensor(new long[] { 2, 0, 1 });
        var encoded = functional.one_hot(labels);
        Assert.Equal(ScalarType.Int64, encoded.dtype);
        Assert.Equal([3L, 3], encoded.shape);
        Assert.Equal(new long[] { 0, 0, 1, 1, 0, 0, 0, 1, 0 }, encoded.data<long>().ToArray());
        Assert.Equal([3L, 5], functional.one_hot(labels, 5).shape);
        Assert.Equal([2L, 2, 4], functional.one_hot(tensor(new long[] { 0, 1, 2, 3 }, [2, 2])).shape);
    }

    [Fact]
    public void OneHotRejectsBadInput()
    {
        Assert.Contains("int64", Assert.Throws<ArgumentException>(() => functional.one_hot(tensor(new float[] { 1 }))).Message);
        Assert.Contains("[0, 2)", Assert.Throws<ArgumentException>(() => functional.one_hot(tensor(new long[] { 0, 3 }), 2)).Message);
    }

    [Fact]
    public void LinearIsMatmulWithTransposedWeightPlusBias()
    {
        var x = tensor(new float[] { 1, 2 }, [1, 2]);
        var w = tensor(new float[] { 1, 0, 0, 1, 1, 1 }, [3, 2]);
        var b = tensor(new float[] { 10, 20, 30 });
        Assert.Equal(new float[] { 11, 22, 33 }, functional.linear(x, w, b).data<float>().ToArray());
        Assert.Equal(new float[] { 1, 2, 3 }, functional.linear(x, w).data<float>().ToArray());
    }

    [Fact]
    public void GeluMatchesTheNormalCdfAndItsDerivative()
    {
        var x = tensor(new double[] { -1, 0.5, 1, 3 }, requires_grad: true);
        var y = functional.gelu(x);
        double[] expected = [-0.15865525393145707, 0.34573123063700656, 0.8413447460685429, 2.9959503059051097];
        PyTorchFixtures.AssertClose(tensor(expected), y, "gelu", 1e-6);
        y.sum().backward();
        // d/dx x·Φ(x) = Φ(x) + x·φ(x)
        double Pdf(double v) => Math.Exp(-v * v / 2) / Math.Sqrt(2 * Math.PI);
        double[] slopes = [0.15865525393145707 - Pdf(1), 0.6914624612740131 + 0.5 * Pdf(0.5), 0.8413447460685429 + Pdf(1), 0.9986501019683699 + 3 * Pdf(3)];
        PyTorchFixtures.AssertClose(tensor(slopes), x.grad, "gelu gradient", 1e-6);
        Assert.Equal("GELU(approximate='none')", GELU().ToString());
    }

    [Fact]
    public void LogSigmoidIsTheLogOfSigmoidWithoutUnderflow()
    {
        var x = tensor(new double[] { -1000, -30, -2, 0, 3, 40 });
        var expected = new[] { -1000, -30 - double.LogP1(Math.Exp(-30)), -double.LogP1(Math.Exp(2)), -Math.Log(2), -double.LogP1(Math.Exp(-3)), -double.LogP1(Math.Exp(-40)) };
        var y = nn.LogSigmoid().call(x).data<double>().ToArray();
        for (int i = 0; i < expected.Length; i++) Assert.True(Math.Abs(y[i] - expected[i]) <= 1e-12 * Math.Max(1, Math.Abs(expected[i])), $"x = {x[i].ToDouble()}: {y[i]} vs {expected[i]}");
        Assert.True(autograd.gradcheck(inputs => functional.logsigmoid(inputs[0]), [tensor(new double[] { -25, -2, 0.5, 4 }).requires_grad_()]));
    }

    [Fact]
    public void SiluIsXTimesSigmoid()
    {
        var x = tensor(new double[] { -2, 0, 1.5 }, requires_grad: true);
        var y = SiLU().call(x);
        PyTorchFixtures.AssertClose(tensor(new[] { -2 / (1 + Math.Exp(2)), 0, 1.5 / (1 + Math.Exp(-1.5)) }), y, "silu");
        y.sum().backward();
        double Slope(double v) { var s = 1 / (1 + Math.Exp(-v)); return s + v * s * (1 - s); }
        PyTorchFixtures.AssertClose(tensor(new[] { Slope(-2), Slope(0), Slope(1.5) }), x.grad, "silu gradient");
    }

    [Fact]
    public void ActivationsAgreeWithTheirModules()
    {
        var x = randn(3, 4);
        Assert.True(functional.relu(x).equal(ReLU().call(x)));
        Assert.True(functional.leaky_relu(x, 0.2).equal(LeakyReLU(0.2).call(x)));
        Assert.True(functional.elu(x).equal(ELU().call(x)));
        Assert.True(functional.sigmoid(x).equal(Sigmoid().call(x)));
        Assert.True(functional.tanh(x).equal(Tanh().call(x)));
        Assert.True(functional.softplus(x).equal(Softplus().call(x)));
        Assert.True(functional.softmax(x, 1).equal(Softmax(1).call(x)));
        Assert.True(functional.log_softmax(x, 0).equal(LogSoftmax(0).call(x)));
    }

    [Fact]
    public void ReluZeroesNegativesAndKeepsNaN()
    {
        var y = functional.relu(tensor(new[] { float.NaN, -1, 2, -0f, 0, float.NegativeInfinity }));
        var values = y.data<float>().ToArray();
        Assert.True(float.IsNaN(values[0]));
        Assert.Equal(new float[] { 0, 2, 0, 0, 0 }, values[1..]);
    }
}
