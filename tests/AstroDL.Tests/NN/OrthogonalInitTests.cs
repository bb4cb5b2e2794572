using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

public class OrthogonalInitTests
{
    private static double MaxDeviationFromIdentity(Tensor gram) =>
        gram.sub(eye(gram.shape[0], dtype: gram.dtype)).abs().max().item<double>();

    [Fact]
    public void TallMatricesGetOrthonormalColumnsAndWideOnesOrthonormalRows()
    {
        var tall = init.orthogonal_(empty([40, 12], float64), generator: new Generator(1));
        Assert.True(MaxDeviationFromIdentity(tall.t().matmul(tall)) < 1e-12);
        var wide = init.orthogonal_(empty([12, 40], float64), generator: new Generator(2));
        Assert.True(MaxDeviationFromIdentity(wide.matmul(wide.t())) < 1e-12);
        var square = init.orthogonal_(empty([16, 16]), generator: new Generator(3));
        Assert.True(MaxDeviationFromIdentity(square.matmul(square.t())) < 1e-5);
    }

    [Fact]
    public void GainScalesAndHigherDimensionsAreFlattened()
    {
        var w = init.orthogonal_(empty([6, 2, 3], float64), gain: 2, generator: new Generator(4));
        var rows = w.reshape(6, 6);
        Assert.True(rows.matmul(rows.t()).div(4).sub(eye(6, dtype: float64)).abs().max().item<double>() < 1e-12);
    }

    [Fact]
    public void SeededReproducibleAndInPlace()
    {
        var target = empty(5, 5);
        var filled = init.orthogonal_(target, generator: new Generator(9));
        Assert.Same(target, filled);
        Assert.True(filled.equal(init.orthogonal_(empty(5, 5), generator: new Generator(9))));
        Assert.False(filled.equal(init.orthogonal_(empty(5, 5), generator: new Generator(10))));
        Assert.Throws<ArgumentException>(() => init.orthogonal_(empty(5)));
    }

    [Fact]
    public void WorksOnRecurrentWeights()
    {
        var lstm = LSTM(3, 4);
        var weight = lstm.named_parameters().Single(p => p.name == "weight_hh_l0").parameter;
        init.orthogonal_(weight, generator: new Generator(5));
        var columns = weight.t().matmul(weight);
        Assert.True(MaxDeviationFromIdentity(columns) < 1e-5);
    }
}
