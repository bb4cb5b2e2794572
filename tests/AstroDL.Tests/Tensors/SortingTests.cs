using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

/// <summary>sort, argsort and topk: PyTorch's order (NaN above every number, ties by position) and gradients through the gather.</summary>
public class SortingTests
{
    [Fact]
    public void SortOrdersEachLineWithNaNLargestAndTiesByPosition()
    {
        var x = tensor(new float[] { 3, 1, 2, 1, float.NaN, 0, -1, 0 }, [2, 4]);
        var (up, upAt) = x.sort();
        Assert.Equal(new float[] { 1, 1, 2, 3, -1, 0, 0, float.NaN }, up.data<float>().ToArray());
        Assert.Equal(new long[] { 1, 3, 2, 0, 2, 1, 3, 0 }, upAt.data<long>().ToArray());
        var (down, downAt) = sort(x, descending: true);
        Assert.Equal(new float[] { 3, 2, 1, 1, float.NaN, 0, 0, -1 }, down.data<float>().ToArray());
        Assert.Equal(new long[] { 0, 2, 1, 3, 0, 1, 3, 2 }, downAt.data<long>().ToArray());
        // Along dim 0: each column sorted on its own.
        Assert.Equal(new long[] { 0, 1, 1, 1, 1, 0, 0, 0 }, x.argsort(0).data<long>().ToArray());
    }

    [Fact]
    public void IntegersSortExactly()
    {
        var big = tensor(new long[] { (1L << 53) + 1, 1L << 53, -5 });
        Assert.Equal(new long[] { 2, 1, 0 }, argsort(big).data<long>().ToArray());
    }

    [Fact]
    public void TopkGivesTheLargestOrSmallestInOrder()
    {
        var scores = tensor(new float[] { 0.1f, 0.7f, 0.2f, 0.7f, 0.05f, 0.3f, 0.9f, 0.1f }, [2, 4]);
        var (values, at) = scores.topk(2);
        Assert.Equal(new float[] { 0.7f, 0.7f, 0.9f, 0.3f }, values.data<float>().ToArray());
        Assert.Equal(new long[] { 1, 3, 2, 1 }, at.data<long>().ToArray());
        var (smallest, smallestAt) = topk(scores, 1, largest: false);
        Assert.Equal(new float[] { 0.1f, 0.05f }, smallest.data<float>().ToArray());
        Assert.Equal(new long[] { 0, 0 }, smallestAt.data<long>().ToArray());
        Assert.Equal([2L, 0], scores.topk(0).values.shape);
        var e = Assert.Throws<ArgumentException>(() => scores.topk(5));
        Assert.Contains("k = 5", e.Message);
    }

    [Fact]
    public void GradientsReachThePositionsTheValuesCameFrom()
    {
        var x = randn([3, 5], float64, generator: new Generator(4));
        Assert.True(autograd.gradcheck(inputs => inputs[0].sort(1).values.mul(arange(0, 5, 1, float64)), [x.requires_grad_()]));
        Assert.True(autograd.gradcheck(inputs => inputs[0].topk(2, 0).values, [x.detach().requires_grad_()]));
    }
}
