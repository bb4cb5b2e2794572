using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

public class Dropout2dTests
{
    [Fact]
    public void DropsWholeChannelsAndScalesTheRest()
    {
        manual_seed(1);
        var y = Dropout2d(0.25).call(ones(20, 50, 3, 4));
        var perChannel = y.reshape(20 * 50, 12);
        var first = perChannel[.., 0].unsqueeze(1);
        Assert.True(perChannel.equal(first.expand(1000, 12)), "every pixel of a channel shares its fate");
        var kept = first.data<float>().ToArray();
        Assert.All(kept, v => Assert.True(v == 0 || Math.Abs(v - 1 / 0.75f) < 1e-6));
        Assert.InRange(kept.Count(v => v == 0) / 1000.0, 0.21, 0.29);
    }

    [Fact]
    public void SeededAndIdentityInEval()
    {
        var x = randn(2, 8, 3, 3);
        manual_seed(4);
        var first = functional.dropout2d(x, 0.5);
        manual_seed(4);
        Assert.True(first.equal(functional.dropout2d(x, 0.5)));
        Assert.False(first.equal(functional.dropout2d(x, 0.5)));

        var layer = Dropout2d();
        layer.eval();
        Assert.Same(x, layer.call(x));
        Assert.Equal([8L, 3, 3], functional.dropout2d(x[0], 0.5).shape);
        Assert.Throws<ArgumentException>(() => functional.dropout2d(randn(4, 4), 0.5));
        Assert.Equal("Dropout2d(p=0.5)", layer.ToString());
    }
}
