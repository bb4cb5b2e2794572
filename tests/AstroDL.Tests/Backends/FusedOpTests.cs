using AstroDL.Tests.Fixtures;
using static AstroDL.torch;

namespace AstroDL.Tests.Backends;

/// <summary>Each fused op against the composition of plain ops it replaces: values and gradients.</summary>
public class FusedOpTests
{
    private static (Tensor value, Tensor grad) ValueAndGradient(Tensor x, Func<Tensor, Tensor> f)
    {
        var leaf = x.detach().clone().requires_grad_();
        var y = f(leaf);
        y.backward(ones_like(y));
        return (y.detach(), leaf.grad!);
    }

    public static TheoryData<nn.Reduction, ScalarType> CrossEntropyCases => new()
    {
        { nn.Reduction.Mean, ScalarType.Float32 },
        { nn.Reduction.Sum, ScalarType.Float32 },
        { nn.Reduction.None, ScalarType.Float32 },
        { nn.Reduction.Mean, ScalarType.Float64 },
    };

    [Theory]
    [MemberData(nameof(CrossEntropyCases))]
    public void CrossEntropyMatchesLogSoftmaxThenNllLoss(nn.Reduction reduction, ScalarType dtype)
    {
        manual_seed(3);
        var logits = randn(17, 11).mul(4).to_type(dtype);
        var labels = randint(0, 11, [17]);
        labels[2] = tensor(-100L);
        labels[9] = tensor(-100L);
        var (fused, fusedGrad) = ValueAndGradient(logits, x => nn.functional.cross_entropy(x, labels, reduction: reduction));
        var (plain, plainGrad) = ValueAndGradient(logits, x => nn.functional.nll_loss(x.log_softmax(1), labels, reduction: reduction));
        PyTorchFixtures.AssertClose(plain, fused, 1e-5, 1e-5, "loss");
        PyTorchFixtures.AssertClose(plainGrad, fusedGrad, 1e-6, 1e-5, "gradient");
    }

    [Fact]
    public void CrossEntropyOverSpatialTargetsMatchesTheComposition()
    {
        manual_seed(4);
        var logits = randn(3, 5, 4, 2);
        var labels = randint(0, 5, [3, 4, 2]);
        var (fused, fusedGrad) = ValueAndGradient(logits, x => nn.functional.cross_entropy(x, labels, reduction: nn.Reduction.None));
        var (plain, plainGrad) = ValueAndGradient(logits, x => nn.functional.nll_loss(x.log_softmax(1), labels, reduction: nn.Reduction.None));
        PyTorchFixtures.AssertClose(plain, fused, 1e-5, 1e-5, "loss");
        PyTorchFixtures.AssertClose(plainGrad, fusedGrad, 1e-6, 1e-5, "gradient");
    }

    [Fact]
    public void CrossEntropyRejectsATargetOutOfRange()
    {
        var error = Assert.Throws<ArgumentException>(() => nn.functional.cross_entropy(randn(2, 3), tensor(new long[] { 0, 3 })));
        Assert.Contains("target 3 is out of range for 3 classes", error.Message);
    }

    [Fact]
    public void LinearMatchesMatmulPlusBias()
    {
        manual_seed(5);
        var x = randn(6, 4, 9);
        var w = randn(7, 9).requires_grad_();
        var b = randn(7).requires_grad_();
        var (fused, fusedGrad) = ValueAndGradient(x, input => nn.functional.linear(input, w, b));
        var (wFused, bFused) = (w.grad!.clone(), b.grad!.clone());
        w.grad = null;
        b.grad = null;
        var (plain, plainGrad) = ValueAndGradient(x, input => input.matmul(w.t()).add(b));
        PyTorchFixtures.AssertClose(plain, fused, 1e-5, 1e-5, "output");
        PyTorchFixtures.AssertClose(plainGrad, fusedGrad, 1e-5, 1e-5, "input gradient");
        PyTorchFixtures.AssertClose(w.grad!, wFused, 1e-5, 1e-5, "weight gradient");
        PyTorchFixtures.AssertClose(b.grad!, bFused, 1e-5, 1e-5, "bias gradient");
        Assert.True(wFused.is_contiguous(), "the weight gradient comes out in the weight's layout");
    }

    [Fact]
    public void ReluGradientPassesOnlyWhereTheInputIsPositive()
    {
        var x = tensor(new[] { -2f, -0f, 0f, 0.5f, 3f, float.NaN });
        var (_, grad) = ValueAndGradient(x, t => t.relu().mul(tensor(new[] { 1f, 2f, 3f, 4f, 5f, 6f })));
        Assert.Equal(new[] { 0f, 0f, 0f, 4f, 5f, 0f }, grad.data<float>().ToArray());
    }

    public static TheoryData<string> InPlaceOps => new() { "add_", "sub_", "mul_", "div_", "add_ scalar", "mul_ scalar", "div_ scalar", "relu_", "clamp_" };

    /// <summary>In-place forms, written straight into the tensor, equal the out-of-place ops, for contiguous and strided targets.</summary>
    [Theory]
    [MemberData(nameof(InPlaceOps))]
    public void InPlaceEqualsOutOfPlace(string op)
    {
        manual_seed(6);
        var other = randn(5).abs().add(0.5);
        Tensor Apply(Tensor t, bool inPlace) => op switch
        {
            "add_" => inPlace ? t.add_(other) : t.add(other),
            "sub_" => inPlace ? t.sub_(other) : t.sub(other),
            "mul_" => inPlace ? t.mul_(other) : t.mul(other),
            "div_" => inPlace ? t.div_(other) : t.div(other),
            "add_ scalar" => inPlace ? t.add_(0.25) : t.add(0.25),
            "mul_ scalar" => inPlace ? t.mul_(-1.5) : t.mul(-1.5),
            "div_ scalar" => inPlace ? t.div_(3) : t.div(3),
            "relu_" => inPlace ? t.relu_() : t.relu(),
            _ => inPlace ? t.clamp_(-0.5, 0.5) : t.clamp(-0.5, 0.5),
        };
        foreach (bool strided in new[] { false, true })
        {
            var base_ = randn(5, 5);
            var target = strided ? base_.t() : base_;
            var expected = Apply(target, inPlace: false);
            var result = Apply(target, inPlace: true);
            Assert.Same(target, result);
            Assert.Equal(expected.data<float>().ToArray(), target.data<float>().ToArray());
        }
    }

    [Fact]
    public void InPlaceAddOfItselfDoublesIt()
    {
        var x = tensor(new[] { 1f, 2f, 3f });
        x.add_(x);
        Assert.Equal(new[] { 2f, 4f, 6f }, x.data<float>().ToArray());
    }

    /// <summary>Whole-row gathers along dimension 0 (the DataLoader's batches) for every dtype, and the strided path beside them.</summary>
    [Fact]
    public void IndexSelectOfRowsMatchesThePerElementGather()
    {
        var index = tensor(new long[] { 2, 0, 2, 1 });
        var floats = arange(12).to_type(ScalarType.Float32).reshape(3, 4);
        foreach (var x in new[] { floats, floats.to_type(ScalarType.Float64), floats.to_type(ScalarType.Int64), floats.gt(4) })
        {
            var expected = x.t().contiguous().index_select(1, index).t().to_type(ScalarType.Float64).data<double>().ToArray();
            Assert.Equal(expected, x.index_select(0, index).to_type(ScalarType.Float64).data<double>().ToArray());
        }
        Assert.Throws<IndexOutOfRangeException>(() => floats.index_select(0, tensor(new long[] { 3 })));
    }
}
