using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

/// <summary>Values of the TorchSharp-parity ops against hand-worked results.</summary>
public class ParityOpsTests
{
    private static double[] D(Tensor t) => t.to_type(float64).data<double>().ToArray();
    private static long[] L(Tensor t) => t.data<long>().ToArray();

    [Fact]
    public void NaNAndInfinityPredicatesAndReplacement()
    {
        var x = tensor(new[] { 1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity });
        Assert.Equal(new[] { 0.0, 1, 0, 0 }, D(x.isnan()));
        Assert.Equal(new[] { 0.0, 0, 1, 1 }, D(x.isinf()));
        Assert.Equal(new[] { 1.0, 0, 0, 0 }, D(x.isfinite()));
        Assert.Equal(new[] { 1.0, 0, double.MaxValue, -double.MaxValue }, D(x.nan_to_num()));
        Assert.Equal(new[] { 1.0, 9, 8, -8 }, D(x.nan_to_num(9, 8, -8)));
        Assert.Equal(new[] { 1.0, 1 }, D(tensor(new long[] { 1, 2 }).isfinite()));
        var y = tensor(new[] { 1.0, double.NaN, 3, double.NaN, 5, 7 }, [2, 3]);
        Assert.Equal(16.0, y.nansum().ToDouble());
        Assert.Equal(new[] { 2.0, 6 }, D(y.nanmean(1)));
    }

    [Fact]
    public void TrigonometricAndHyperbolicFunctionsAtExactPoints()
    {
        // sinh(ln 2) = 3/4, cosh(ln 2) = 5/4, tanh(ln 2) = 3/5; tan(π/4) = 1, sin(π/6) = 1/2, cos(π/3) = 1/2.
        double ln2 = Math.Log(2);
        var h = tensor(new[] { 0.0, ln2, -ln2 });
        AssertClose(new[] { 0.0, 0.75, -0.75 }, D(h.sinh()));
        AssertClose(new[] { 1.0, 1.25, 1.25 }, D(h.cosh()));
        AssertClose(new[] { 0.0, ln2, -ln2 }, D(tensor(new[] { 0.0, 0.75, -0.75 }).asinh()));
        AssertClose(new[] { 0.0, ln2 }, D(tensor(new[] { 1.0, 1.25 }).acosh()));
        AssertClose(new[] { 0.0, ln2, -ln2 }, D(atanh(tensor(new[] { 0.0, 0.6, -0.6 }))));
        AssertClose(new[] { 0.0, 1, -1 }, D(tensor(new[] { 0.0, Math.PI / 4, -Math.PI / 4 }).tan()));
        AssertClose(new[] { Math.PI / 6, -Math.PI / 2 }, D(asin(tensor(new[] { 0.5, -1.0 }))));
        AssertClose(new[] { Math.PI / 3, Math.PI }, D(tensor(new[] { 0.5, -1.0 }).acos()));
        AssertClose(new[] { Math.PI / 4, -Math.PI / 4, Math.PI / 2 }, D(tensor(new[] { 1.0, -1, double.PositiveInfinity }).atan()));
        // Outside the domain the result is NaN, as in PyTorch; float32 follows the same formulas.
        Assert.All(D(cat([tensor(new[] { 1.5, -2.0 }).asin(), tensor(new[] { 0.5 }).acosh()])), v => Assert.True(double.IsNaN(v)));
        Assert.Equal(float.PositiveInfinity, tensor(new[] { 1f }).atanh().item<float>());
        Assert.Equal(0.75f, tensor(new[] { (float)ln2 }).sinh().item<float>(), 6);
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 1e-12);
    }

    [Fact]
    public void ScansAndDifferences()
    {
        var x = tensor(new[] { 1.0, 2, 3, 4, 5, 6, 7 });
        Assert.Equal(new[] { 1.0, 3, 6, 10, 15, 21, 28 }, D(x.cumsum(0)));
        Assert.Equal(new[] { 1.0, 2, 6, 24, 120, 720, 5040 }, D(x.cumprod(0)));
        Assert.Equal(new long[] { 1, 3, 6 }, L(tensor(new long[] { 1, 2, 3 }).cumsum(0)));
        var m = tensor(new[] { 1.0, 4, 9, 16, 2, 2, 5, 5 }, [2, 4]);
        Assert.Equal(new[] { 3.0, 5, 7, 0, 3, 0 }, D(m.diff()));
        Assert.Equal(new[] { 2.0, 2, 3, -3 }, D(m.diff(2, 1)));
        Assert.Equal(new[] { 1.0, -2, -4, -11 }, D(m.diff(1, 0)));
        Assert.Equal(new[] { 1.0, 3, 5, 7 }, D(m[0].diff(prepend: zeros([1], float64))));
    }

    [Fact]
    public void RollIsCyclic()
    {
        var x = arange(6, float64).view(2, 3);
        Assert.Equal(new[] { 5.0, 0, 1, 2, 3, 4 }, D(x.roll(1)));
        Assert.Equal(new[] { 2.0, 0, 1, 5, 3, 4 }, D(x.roll(1, 1)));
        Assert.Equal(new[] { 4.0, 5, 3, 1, 2, 0 }, D(x.roll((-1, 1), (1, 0))));
        Assert.Equal(new[] { 1.0, 2, 0, 4, 5, 3 }, D(x.roll(-4, 1)));
    }

    [Fact]
    public void UnfoldIsAViewOfWindows()
    {
        var x = arange(7, float64);
        var w = x.unfold(0, 3, 2);
        Assert.Equal(new long[] { 3, 3 }, w.shape);
        Assert.Equal(new[] { 0.0, 1, 2, 2, 3, 4, 4, 5, 6 }, D(w));
        x[2] = tensor(9.0, float64);
        Assert.Equal(9.0, w[1, 0].ToDouble());
        var m = arange(8, float64).view(2, 4).unfold(1, 2, 1);
        Assert.Equal(new long[] { 2, 3, 2 }, m.shape);
        Assert.Equal(new[] { 4.0, 5, 5, 6, 6, 7 }, D(m[1]));
        Assert.Throws<ArgumentException>(() => x.unfold(0, 8, 1));
    }

    [Fact]
    public void TrianglesKeepTheirDiagonals()
    {
        var x = ones(3, 3);
        Assert.Equal(new[] { 1.0, 1, 1, 0, 1, 1, 0, 0, 1 }, D(x.triu()));
        Assert.Equal(new[] { 0.0, 1, 1, 0, 0, 1, 0, 0, 0 }, D(x.triu(1)));
        Assert.Equal(new[] { 1.0, 0, 0, 1, 1, 0, 1, 1, 1 }, D(tril(x)));
        Assert.Equal(new[] { 0.0, 0, 0, 1, 0, 0 }, D(ones(2, 2, 3)[0].tril(-1)));
    }

    [Fact]
    public void MedianIsTheLowerMiddleAndQuantilesInterpolate()
    {
        var x = tensor(new[] { 4.0, 1, 3, 2, 9, 7, 8, 6 }, [2, 4]);
        Assert.Equal(4.0, x.median().ToDouble());
        var (values, indices) = x.median(1);
        Assert.Equal(new[] { 2.0, 7 }, D(values));
        Assert.Equal(new long[] { 3, 1 }, L(indices));
        var q = x.quantile(tensor(new[] { 0.0, 0.5, 0.25 }), 1);
        Assert.Equal(new long[] { 3, 2 }, q.shape);
        Assert.Equal(new[] { 1.0, 6, 2.5, 7.5, 1.75, 6.75 }, D(q));
        Assert.Equal(new long[] { 2, 1 }, x.quantile(tensor(0.5), 1, keepdim: true).shape);
        Assert.Throws<ArgumentException>(() => x.quantile(tensor(1.5), 1));
    }

    [Fact]
    public void PointwiseBlends()
    {
        var a = tensor(new[] { 0.0, 1, 2 });
        Assert.Equal(new[] { 2.5, 2.5, 2.5 }, D(a.lerp(full([3], 5.0, float64), tensor(new[] { 0.5, 0.375, 0.1666666666666666667 }))), new Tolerance(1e-12));
        var xl = tensor(new[] { 0.0, 0, 2 }).xlogy(tensor(new[] { 0.0, double.NaN, Math.E }));
        Assert.Equal(0.0, xl[0].ToDouble());
        Assert.True(double.IsNaN(xl[1].ToDouble()));
        Assert.Equal(2.0, xl[2].ToDouble(), 12);
        Assert.Equal(new[] { 1.0, 0.5, 1, 1 }, D(tensor(new[] { -2.0, 3.5, 4, -2 }) % 1.5));
        Assert.Equal(new[] { 1.0, -1 }, D(tensor(new[] { 7.0, 7 }).remainder(tensor(new[] { 3.0, -2 }))));
        Assert.Equal(new[] { -0.5 }, D(tensor(new[] { 2.5 }) % -1.5));
        Assert.Equal(new long[] { 2, 1 }, L(tensor(new long[] { -7, 7 }) % 3));
    }

    [Fact]
    public void InPlaceUpdatesWriteIntoTheTensor()
    {
        var x = tensor(new[] { 0.0, 1 });
        Assert.Same(x, x.tanh_());
        Assert.Equal(Math.Tanh(1), x[1].ToDouble(), 12);
        x.sigmoid_();
        Assert.Equal(0.5, x[0].ToDouble(), 12);
        var u = empty([2000], float64).uniform_(2, 4, new Generator(3));
        Assert.InRange(u.min().ToDouble(), 2, 4);
        Assert.Equal(3, u.mean().ToDouble(), 1);
        var n = empty([4000], float64).normal_(1, 2, new Generator(3));
        Assert.Equal(1, n.mean().ToDouble(), 0.15);
        Assert.Equal(2, n.std().ToDouble(), 0.15);
        var m = zeros(2, 2).masked_fill_(tensor(new[] { true, false, false, true }, [2, 2]), 7);
        Assert.Equal(new[] { 7.0, 0, 0, 7 }, D(m));
    }

    [Fact]
    public void IndexPutWritesAndAccumulates()
    {
        var x = zeros([3, 2], float64);
        x.index_put_(tensor(new[] { 1.0, 2 }), tensor(new long[] { 2, -3 }));
        Assert.Equal(new[] { 1.0, 2, 0, 0, 1, 2 }, D(x));
        x.index_put_(tensor(new[] { 5.0, 5 }), new[] { tensor(new long[] { 0, 0 }), tensor(new long[] { 1, 1 }) }, accumulate: true);
        Assert.Equal(12.0, x[0, 1].ToDouble());
        x.index_put_(-1.0, TensorIndex.Single(1), TensorIndex.Slice(null, null));
        Assert.Equal(new[] { -1.0, -1 }, D(x[1]));
        x.index_put_(4.0, x.lt(0));
        Assert.Equal(new[] { 4.0, 4 }, D(x[1]));
    }

    [Fact]
    public void ToListNestsByDimension()
    {
        var nested = (List<object>)tensor(new long[] { 1, 2, 3, 4, 5, 6 }, [2, 3]).tolist();
        Assert.Equal(2, nested.Count);
        Assert.Equal(new object[] { 4L, 5L, 6L }, ((List<object>)nested[1]).ToArray());
        Assert.Equal(2.5f, tensor(2.5f).tolist());
        Assert.Equal(true, ((List<object>)tensor(new[] { true }).tolist())[0]);
    }

    [Fact]
    public void SimilarityAndNormalisation()
    {
        var a = tensor(new[] { 3.0, 4, 0, 0 }, [2, 2]);
        Assert.Equal(new[] { 0.6, 0.8, 0, 0 }, D(nn.functional.normalize(a)), new Tolerance(1e-12));
        var b = tensor(new[] { 4.0, 3, 1, 0 }, [2, 2]);
        Assert.Equal(new[] { 24.0 / 25, 0 }, D(nn.functional.cosine_similarity(a, b)), new Tolerance(1e-12));
    }

    [Fact]
    public void InferenceModeRecordsNoGradient()
    {
        var w = ones([2], requires_grad: true);
        using (inference_mode()) Assert.False(w.mul(2).requires_grad);
        using (inference_mode(false)) Assert.True(w.mul(2).requires_grad);
    }

    [Fact]
    public void DTypeNamesTorchSharpHasButTheKitDoesNotStoreFailClearly()
    {
        var error = Assert.Throws<NotSupportedException>(() => zeros([2], int32));
        Assert.Contains("torch.int32", error.Message);
        Assert.Contains("int64", error.Message);
        Assert.Throws<NotSupportedException>(() => ones(2).to_type(float16));
        Assert.NotEqual(uint8, int16);
    }

    private sealed class Tolerance(double atol) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= atol;
        public int GetHashCode(double obj) => 0;
    }
}
