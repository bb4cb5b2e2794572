using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

/// <summary>str() lays values out as PyTorch prints them (expected texts copied from PyTorch 2.x).</summary>
public class FormatTests
{
    private static string Values(Tensor t) => t.str().Split(Environment.NewLine, 2)[1];

    [Fact]
    public void ToStringIsTheSummaryLineThenTheValues()
    {
        Assert.Equal("[2x3], type = float32, device = cpu", zeros(2, 3).ToString(withValues: false));
        Assert.Equal("[2x3], type = float32, device = cpu" + Environment.NewLine + Values(zeros(2, 3)), zeros(2, 3).ToString());
    }

    [Fact]
    public void FloatMatrix() =>
        Assert.Equal("tensor([[1.5000, 2.0000, 3.0000],\n        [4.0000, 5.0000, 6.0000]])",
            Values(tensor(new float[] { 1.5f, 2, 3, 4, 5, 6 }, [2, 3])));

    [Fact]
    public void IntegerValuedFloatsAndFloat64()
    {
        Assert.Equal("tensor([0., 1., 2.])", Values(arange(3.0)));
        Assert.Equal("tensor([0.5000, 1.0000], dtype=torch.float64)", Values(tensor(new[] { 0.5, 1.0 })));
        Assert.Equal("tensor(2.5000)", Values(tensor(2.5f)));
    }

    [Fact]
    public void Int64Vector() => Assert.Equal("tensor([  1, -20,   3])", Values(tensor(new long[] { 1, -20, 3 })));

    [Fact]
    public void BoolTensorHasNoDtypeSuffix() =>
        Assert.Equal("tensor([ True, False,  True])", Values(tensor(new[] { true, false, true })));

    [Fact]
    public void LargeTensorIsSummarizedWithEllipses() =>
        Assert.Equal(
            "tensor([[   0,    1,    2,  ...,   97,   98,   99],\n" +
            "        [ 100,  101,  102,  ...,  197,  198,  199],\n" +
            "        [ 200,  201,  202,  ...,  297,  298,  299],\n" +
            "        ...,\n" +
            "        [9700, 9701, 9702,  ..., 9797, 9798, 9799],\n" +
            "        [9800, 9801, 9802,  ..., 9897, 9898, 9899],\n" +
            "        [9900, 9901, 9902,  ..., 9997, 9998, 9999]])",
            Values(arange(10000).reshape(100, 100)));

    [Fact]
    public void SummaryFormatComesFromTheShownValues()
    {
        // Only the edge values decide the width: the hidden 10000 would widen every column.
        var t = ones([2000], int64);
        t[1000] = tensor(10000L);
        Assert.Equal("tensor([1, 1, 1,  ..., 1, 1, 1])", Values(t));
    }

    [Fact]
    public void LongRowsWrapAtEightyColumns() =>
        Assert.Equal(
            "tensor([0.0000, 0.3333, 0.6667, 1.0000, 1.3333, 1.6667, 2.0000, 2.3333, 2.6667,\n" +
            "        3.0000])",
            Values(arange(10.0).div(3)));

    [Fact]
    public void ThreeDimensionsAreSeparatedByBlankLines() =>
        Assert.Equal("tensor([[[0, 1]],\n\n        [[2, 3]]])", Values(arange(4).reshape(2, 1, 2)));
}
