using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class NonzeroTests
{
    [Fact]
    public void NonzeroListsTheIndicesOfNonzeroElementsInRowMajorOrder()
    {
        // [[0, 5, 0], [7, 0, -1]]
        var m = tensor(new float[] { 0, 5, 0, 7, 0, -1 }).reshape(2, 3);
        var indices = m.nonzero();
        Assert.Equal(new long[] { 3, 2 }, indices.shape);
        Assert.Equal(ScalarType.Int64, indices.dtype);
        Assert.Equal(new long[] { 0, 1, 1, 0, 1, 2 }, indices.data<long>().ToArray());
    }

    [Fact]
    public void NonzeroOfAllZerosIsEmptyWithOneColumnPerDimension()
    {
        Assert.Equal(new long[] { 0, 3 }, zeros(2, 2, 2).nonzero().shape);
        Assert.Equal(new long[] { 2, 4 }, tensor(new[] { false, false, true, false, true }).nonzero().squeeze(1).data<long>().ToArray());
    }

    [Fact]
    public void MaskedSelectKeepsTheElementsWhereABroadcastMaskIsTrue()
    {
        var m = tensor(new float[] { 1, 2, 3, 4, 5, 6 }).reshape(2, 3);
        var columns = tensor(new[] { true, false, true });
        Assert.Equal(new float[] { 1, 3, 4, 6 }, m.masked_select(columns).data<float>().ToArray());
    }
}
