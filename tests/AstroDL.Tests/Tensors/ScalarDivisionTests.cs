using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class ScalarDivisionTests
{
    [Theory]
    [InlineData(49)]
    [InlineData(196)]
    [InlineData(834)]
    public void MeanOfEqualValuesIsExactlyThatValue(int count)
    {
        // Multiplying by the reciprocal gave 0.9999999999999999 here, so a perfect accuracy was not 1.
        Assert.Equal(1.0, ones([count], ScalarType.Float64).mean().item<double>());
        Assert.Equal(1.0f, ones([count]).mean().item<float>());
    }

    [Fact]
    public void DivisionByAScalarIsTrueDivisionWithItsGradient()
    {
        var x = tensor(new[] { 1.0, 2.0, 3.0 }, requires_grad: true);

        var y = x.div(3);
        y.sum().backward();

        Assert.Equal(1.0 / 3, y[0].item<double>());
        Assert.Equal(new[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 }, x.grad!.data<double>().ToArray());
    }
}
