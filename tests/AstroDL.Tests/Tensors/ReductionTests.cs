using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class ReductionTests
{
    private static readonly Tensor X = arange(24).reshape(2, 3, 4);

    [Fact]
    public void SumOverSeveralDimensions()
    {
        var s = X.sum([0, 2]);
        Assert.Equal(new long[] { 3 }, s.shape);
        Assert.Equal(new long[] { 60, 92, 124 }, s.data<long>().ToArray());
        Assert.Equal(new long[] { 1, 3, 1 }, X.sum([0, -1], keepdim: true).shape);
        Assert.Equal(276, X.sum().ToInt64());
        Assert.Equal(new long[] { 12, 15, 18, 21 }, X[0].sum(0).data<long>().ToArray());
    }

    [Fact]
    public void MeanVarStd()
    {
        var f = X.to_type(float64);
        Assert.Equal(new long[] { 2, 1, 1 }, f.mean([1, 2], keepdim: true).shape);
        Assert.Equal(new[] { 5.5, 17.5 }, f.mean([1, 2]).data<double>().ToArray());
        var v = tensor(new double[] { 1, 2, 3, 4 });
        Assert.Equal(5.0 / 3, v.var().ToDouble(), 12);
        Assert.Equal(1.25, v.var(false).ToDouble(), 12);
        Assert.Equal(Math.Sqrt(5.0 / 3), v.std().ToDouble(), 12);
        Assert.Equal(new long[] { 2, 1, 4 }, f.std(1, keepdim: true).shape);
        Assert.Throws<InvalidOperationException>(() => X.mean());
    }

    [Fact]
    public void ProdAndNorms()
    {
        Assert.Equal(new long[] { 0, 840, 7920 }, arange(12).reshape(3, 4).prod([1]).data<long>().ToArray());
        var v = tensor(new float[] { 3, -4 });
        Assert.Equal(5f, v.norm().ToSingle());
        Assert.Equal(7f, v.norm(p: 1).ToSingle());
        Assert.Equal(4f, v.norm(double.PositiveInfinity).ToSingle());
    }

    [Fact]
    public void ProdGradientAtZeroIsTheProductOfTheOthers()
    {
        var x = tensor(new double[] { 0, 2, 3, 0, 0, 4, 1, 2, 3 }, [3, 3], requires_grad: true);
        x.prod([1]).sum().backward();
        Assert.Equal(new double[] { 6, 0, 0, 0, 0, 0, 6, 3, 2 }, x.grad!.data<double>().ToArray());
        var y = tensor(new double[] { 2, 0, 5 }, requires_grad: true);
        y.prod().backward();
        Assert.Equal(new double[] { 0, 10, 0 }, y.grad!.data<double>().ToArray());
    }

    [Fact]
    public void MaxAndMinAlongADimension()
    {
        var (values, indexes) = X.max(1);
        Assert.Equal(new long[] { 2, 4 }, values.shape);
        Assert.Equal(new long[] { 8, 9, 10, 11, 20, 21, 22, 23 }, values.data<long>().ToArray());
        Assert.All(indexes.data<long>(), i => Assert.Equal(2, i));
        Assert.Equal(new long[] { 2, 3, 1 }, X.min(-1, keepdim: true).values.shape);
        Assert.Equal(new long[] { 0, 12 }, X.amin([1, 2]).data<long>().ToArray());
        Assert.Equal(23, X.max().ToInt64());
    }

    [Fact]
    public void ArgmaxAndArgminTakeTheFirstOfTies()
    {
        Assert.Equal(1, tensor(new float[] { 1, 3, 3, 2 }).argmax().ToInt64());
        Assert.Equal(0, tensor(new float[] { 1, 3, 1 }).argmin().ToInt64());
        var m = tensor(new float[] { 1, 3, 3, 2, 5, 5, 0, 5 }, [2, 4]);
        Assert.Equal(new long[] { 1, 0 }, m.argmax(1).data<long>().ToArray());
        Assert.Equal(new long[] { 1, 1, 0, 1 }, m.argmax(0).data<long>().ToArray());
        Assert.Equal(4, m.argmax().ToInt64());
    }

    [Fact]
    public void NaNPropagatesThroughMax()
    {
        var v = tensor(new float[] { 1, float.NaN, 3 });
        Assert.True(float.IsNaN(v.max().ToSingle()));
        Assert.True(float.IsNaN(v.min().ToSingle()));
        var (values, indexes) = v.max(0);
        Assert.True(float.IsNaN(values.ToSingle()));
        Assert.Equal(1, indexes.ToInt64());
        Assert.True(float.IsNaN(v.reshape(1, 3).amax([0, 1]).ToSingle()));
        Assert.True(float.IsNaN(v.maximum(zeros(3)).data<float>()[1]));
        Assert.Equal(1, v.argmax().ToInt64());
    }

    [Fact]
    public void AnyAndAll()
    {
        Assert.True(tensor(new[] { false, true }).any().ToBoolean());
        Assert.False(tensor(new[] { false, true }).all().ToBoolean());
        Assert.True(ones(3).all().ToBoolean());
        Assert.False(zeros(3).any().ToBoolean());
    }

    [Fact]
    public void AnyOfNothingIsFalseAndAllOfNothingIsTrue()
    {
        Assert.False(zeros(0).any().ToBoolean());
        Assert.True(zeros(0).all().ToBoolean());
    }

    [Fact]
    public void AnyAllAndCountNonzeroAlongADimension()
    {
        // [[0, 2, 0], [1, 3, 0]]: columns hold (0, 1), (2, 3), (0, 0)
        var m = tensor(new float[] { 0, 2, 0, 1, 3, 0 }).reshape(2, 3);
        Assert.Equal(new[] { true, true, false }, m.any(0).data<bool>().ToArray());
        Assert.Equal(new[] { false, true, false }, m.all(0).data<bool>().ToArray());
        Assert.Equal(new[] { false, false }, m.all(-1).data<bool>().ToArray());
        Assert.Equal(new long[] { 1, 2 }, m.count_nonzero(1).data<long>().ToArray());
        Assert.Equal(new long[] { 2, 1 }, m.any(1, keepdim: true).shape);
        Assert.Equal(ScalarType.Bool, m.any(1).dtype);
    }

    [Fact]
    public void LogsumexpIsStableForLargeValues()
    {
        var v = tensor(new float[] { 1000, 1000 });
        Assert.Equal(1000 + MathF.Log(2), v.logsumexp(0).ToSingle(), 3);
        Assert.Equal(new long[] { 1 }, v.logsumexp(0, keepdim: true).shape);
    }
}
