using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class FlipTests
{
    private static readonly Tensor Square = tensor(new float[,] { { 1, 2 }, { 3, 4 } });

    [Fact]
    public void FlipReversesEachGivenDimension()
    {
        var x = arange(6, float32).view(2, 3);
        Assert.Equal([2f, 1, 0, 5, 4, 3], x.flip(1).data<float>().ToArray());
        Assert.Equal([3f, 4, 5, 0, 1, 2], flip(x, 0).data<float>().ToArray());
        Assert.Equal([5f, 4, 3, 2, 1, 0], x.flip(0, -1).data<float>().ToArray());
        Assert.NotSame(x, x.flip());
    }

    [Fact]
    public void Rot90TurnsFromTheFirstDimensionTowardTheSecond()
    {
        Assert.Equal([2f, 4, 1, 3], Square.rot90().data<float>().ToArray());
        Assert.Equal([4f, 3, 2, 1], Square.rot90(2).data<float>().ToArray());
        Assert.Equal([3f, 1, 4, 2], Square.rot90(-1).data<float>().ToArray());
        Assert.True(Square.rot90(3).equal(Square.rot90(-1)));
        Assert.True(Square.rot90(1, (1, 0)).equal(Square.rot90(-1)));
        Assert.True(Square.rot90(4).equal(Square));
        var image = arange(24, float32).view(2, 3, 4);
        Assert.Equal([2L, 4, 3], rot90(image, 1, (-2, -1)).shape);
        Assert.Throws<ArgumentException>(() => Square.rot90(1, (0, 0)));
    }

    [Fact]
    public void GradientsFlowBackThroughTheRearrangement()
    {
        var x = randn([3, 4], float64).requires_grad_();
        Assert.True(autograd.gradcheck(t => t[0].rot90(1).flip(0), [x]));
    }
}
