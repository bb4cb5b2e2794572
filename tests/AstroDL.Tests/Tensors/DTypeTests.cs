using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class DTypeTests
{
    private static readonly Tensor Ints = tensor(new long[] { 1, 3 });

    [Fact]
    public void IntegerAndFloatGiveFloat32()
    {
        var sum = Ints.add(tensor(new float[] { 0.5f, 1 }));
        Assert.Equal(float32, sum.dtype);
        Assert.Equal(new float[] { 1.5f, 4 }, sum.data<float>().ToArray());
        Assert.Equal(float32, Ints.add(1.5).dtype);
        Assert.Equal(float32, Ints.sub(0.5).dtype);
    }

    [Fact]
    public void IntegerScalarsKeepInt64()
    {
        Assert.Equal(int64, Ints.mul(2).dtype);
        Assert.Equal(new long[] { 2, 6 }, Ints.mul(2).data<long>().ToArray());
        Assert.Equal(new long[] { 0, -2 }, (1 - Ints).data<long>().ToArray());
    }

    [Fact]
    public void Float32AndFloat64GiveFloat64() =>
        Assert.Equal(float64, tensor(new float[] { 1 }).add(tensor(new double[] { 1 })).dtype);

    [Fact]
    public void BoolArithmeticGivesInt64() =>
        Assert.Equal(new long[] { 2, 1 }, tensor(new[] { true, false }).add(tensor(new[] { true, true })).data<long>().ToArray());

    [Fact]
    public void IntegerDivisionByATensorIsTrueDivision()
    {
        var q = Ints.div(tensor(new long[] { 2, 2 }));
        Assert.Equal(float32, q.dtype);
        Assert.Equal(new float[] { 0.5f, 1.5f }, q.data<float>().ToArray());
        Assert.Equal(new float[] { 1, 0.5f }, (1 / tensor(new long[] { 1, 2 })).data<float>().ToArray());
    }

    [Fact]
    public void IntegerDivisionByAnIntegerScalarIsTrueDivision()
    {
        var q = Ints.div(2);
        Assert.Equal(float32, q.dtype);
        Assert.Equal(new float[] { 0.5f, 1.5f }, q.data<float>().ToArray());
        Assert.Equal(new float[] { float.PositiveInfinity, float.PositiveInfinity }, (Ints / 0).data<float>().ToArray());
    }

    [Fact]
    public void FloatToIntegerTruncatesTowardZero() =>
        Assert.Equal(new long[] { 1, -1 }, tensor(new float[] { 1.7f, -1.7f }).to_type(int64).data<long>().ToArray());

    [Fact]
    public void FloatOnlyFunctionsOfIntegersGiveFloat32()
    {
        Assert.Equal(float32, Ints.sqrt().dtype);
        Assert.Equal(float32, Ints.softmax(0).dtype);
        Assert.Equal(int64, Ints.abs().dtype);
    }

    [Fact]
    public void BoolMasksSelectAndFill()
    {
        var x = arange(4);
        var mask = x.gt(1);
        Assert.Equal(@bool, mask.dtype);
        Assert.Equal(new long[] { 2, 3 }, x[mask].data<long>().ToArray());
        Assert.Equal(new long[] { 0, 1, 7, 7 }, x.masked_fill(mask, 7).data<long>().ToArray());
        Assert.Equal(new long[] { 0, 1, 20, 30 }, where(mask, x.mul(10), x).data<long>().ToArray());
        Assert.Equal(2, mask.sum().ToInt64());
        Assert.Equal(new byte[] { 1, 1, 0, 0 }, mask.logical_not().data<byte>().ToArray());
    }

    [Fact]
    public void RequiresGradIsOnlyForFloatingPoint()
    {
        var error = Assert.Throws<InvalidOperationException>(() => arange(3).requires_grad_());
        Assert.Contains("int64", error.Message);
    }
}
