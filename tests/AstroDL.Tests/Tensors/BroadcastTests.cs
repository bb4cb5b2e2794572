using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class BroadcastTests
{
    [Theory]
    [InlineData(new long[] { 3, 4 }, new long[] { 4 }, new long[] { 3, 4 })]
    [InlineData(new long[] { 3, 1 }, new long[] { 1, 4 }, new long[] { 3, 4 })]
    [InlineData(new long[] { 2, 1, 4 }, new long[] { 3, 1 }, new long[] { 2, 3, 4 })]
    [InlineData(new long[] { }, new long[] { 2, 3 }, new long[] { 2, 3 })]
    [InlineData(new long[] { 0, 1 }, new long[] { 3 }, new long[] { 0, 3 })]
    public void ShapesAlignFromTheLastDimension(long[] a, long[] b, long[] expected)
    {
        Assert.Equal(expected, zeros(a).add(zeros(b)).shape);
        Assert.Equal(expected, zeros(b).mul(zeros(a)).shape);
        Assert.Equal(expected, zeros(a).lt(zeros(b)).shape);
    }

    [Fact]
    public void BroadcastValuesRepeat()
    {
        var col = tensor(new float[] { 10, 20 }, [2, 1]);
        var row = tensor(new float[] { 1, 2, 3 });
        Assert.Equal(new float[] { 11, 12, 13, 21, 22, 23 }, col.add(row).data<float>().ToArray());
        Assert.Equal(new float[] { 9, 8, 7, 19, 18, 17 }, (col - row).data<float>().ToArray());
    }

    [Fact]
    public void IncompatibleShapesNameTheOpAndShapes()
    {
        var error = Assert.Throws<ArgumentException>(() => zeros(2, 3).add(zeros(4)));
        Assert.StartsWith("add: shapes [2, 3] and [4] cannot be broadcast together", error.Message);
        Assert.StartsWith("mul: shapes [2] and [3]", Assert.Throws<ArgumentException>(() => zeros(2).mul(zeros(3))).Message);
        Assert.StartsWith("eq: shapes", Assert.Throws<ArgumentException>(() => zeros(2).eq(zeros(3))).Message);
    }

    [Fact]
    public void MatmulShapeErrorSaysWhatDiffers()
    {
        var error = Assert.Throws<ArgumentException>(() => zeros(64, 784).matmul(zeros(128, 10)));
        Assert.Equal("matmul: [64, 784] x [128, 10]: inner sizes 784 and 128 differ.", error.Message);
        Assert.Contains("batch dimensions", Assert.Throws<ArgumentException>(() => zeros(2, 3, 4).matmul(zeros(3, 4, 5))).Message);
        Assert.Contains("at least one dimension", Assert.Throws<ArgumentException>(() => zeros(3).matmul(tensor(1f))).Message);
        Assert.Throws<ArgumentException>(() => zeros(2, 3).mm(zeros(3)));
        Assert.Throws<ArgumentException>(() => zeros(2, 3, 4).bmm(zeros(3, 4, 5)));
    }

    [Fact]
    public void MatmulShapes()
    {
        Assert.Equal(Array.Empty<long>(), ones(3).matmul(ones(3)).shape);
        Assert.Equal(new long[] { 2 }, ones(2, 3).matmul(ones(3)).shape);
        Assert.Equal(new long[] { 4 }, ones(3).matmul(ones(3, 4)).shape);
        Assert.Equal(new long[] { 5, 2, 3, 7 }, ones(5, 1, 3, 4).matmul(ones(2, 4, 7)).shape);
        Assert.Equal(12f, ones(2, 3).mul(2).matmul(ones(3, 2).mul(2))[0, 0].ToSingle());
    }

    [Fact]
    public void ComparisonsGiveBoolAndPromote()
    {
        var a = tensor(new float[] { 1, 2, 3 });
        Assert.Equal(new byte[] { 1, 0, 0 }, a.eq(tensor(new long[] { 1, 3, 2 })).data<byte>().ToArray());
        Assert.Equal(new byte[] { 1, 0, 0 }, (a < 1.5).data<byte>().ToArray());
        Assert.Equal(new byte[] { 0, 1, 1 }, (a >= tensor(new float[] { 2 })).data<byte>().ToArray());
        Assert.Equal(new byte[] { 0, 1, 1 }, a.ne(1).data<byte>().ToArray());
        Assert.Equal(new byte[] { 1, 1, 0 }, a.le(2).data<byte>().ToArray());
        Assert.Equal(new byte[] { 0, 0, 1 }, (a > 2).data<byte>().ToArray());
        Assert.Equal(new byte[] { 1, 0, 1 }, (a.lt(2) | a.gt(2)).data<byte>().ToArray());
        Assert.Equal(new byte[] { 0, 1, 0 }, (a.ge(2) & a.le(2)).data<byte>().ToArray());
        Assert.True(a.equal(a.clone()));
        Assert.False(a.equal(a.reshape(3, 1)));
        Assert.True(a.allclose(a.add(1e-7)));
        Assert.Equal(@bool, a.eq(a).dtype);
    }

    [Fact]
    public void ItemNeedsExactlyOneElement()
    {
        Assert.Equal(3f, tensor(new float[] { 3 }).ToSingle());
        Assert.Equal(2, tensor(2L).ToInt32());
        Assert.Equal(2.5, tensor(2.5f).item<double>());
        var error = Assert.Throws<InvalidOperationException>(() => arange(4).item<float>());
        Assert.Contains("[4]", error.Message);
        Assert.Throws<InvalidOperationException>(() => zeros(2, 2).ToSingle());
        Assert.Throws<InvalidOperationException>(() => zeros(0).ToInt32());
        Assert.Contains("float32", Assert.Throws<InvalidOperationException>(() => ones(2).data<long>()).Message);
    }
}
