using static AstroDL.torch;
using static AstroDL.torch.nn;
using static AstroDL.torch.nn.functional;

namespace AstroDL.Tests.Tensors;

/// <summary>
/// Calls written as TorchSharp code writes them, with its three standard using static lines: they must compile here
/// (none ambiguous) and bind to the overload TorchSharp would pick.
/// </summary>
public class TorchSharpBindingTests
{
    [Fact]
    public void ActivationsAndSoftmaxAreNotAmbiguous()
    {
        var x = tensor(new[] { -1.0f, 0.5f, 2.0f }).reshape(1, 3);
        Assert.Equal(new[] { 0f, 0.5f, 2f }, relu(x).data<float>().ToArray());
        Assert.Equal(MathF.Tanh(0.5f), tanh(x)[0, 1].ToSingle(), 6);
        Assert.Equal(1f, softmax(x, 1).sum().ToSingle(), 5);
        Assert.Equal(0f, log_softmax(x, 1).exp().sum().log().ToSingle(), 5);
        // sigmoid(x) is ambiguous in TorchSharp too (torch.sigmoid and functional.sigmoid take the same argument).
        Assert.Equal(1f / (1 + MathF.Exp(1)), torch.sigmoid(x)[0, 0].ToSingle(), 6);
    }

    [Fact]
    public void FactoriesTakeDimensionsOneByOneWithOptions()
    {
        Assert.Equal(("8x10", ScalarType.Float64), Describe(zeros(8, 10, dtype: ScalarType.Float64)));
        Assert.Equal(("3x4", ScalarType.Int64), Describe(ones(3, 4, dtype: ScalarType.Int64, device: CPU)));
        Assert.Equal(("2x100x1x1", ScalarType.Float32), Describe(randn(2, 100, 1, 1, device: CPU)));
        Assert.Equal(("5", ScalarType.Float64), Describe(empty(5, ScalarType.Float64)));
        var filled = full(4, 4, 2.5);
        Assert.Equal(new long[] { 4, 4 }, filled.shape);
        Assert.Equal(40.0, filled.sum().ToDouble());
        // The generator is honoured: the same seed gives the same numbers.
        Assert.True(rand(2, 3, generator: new Generator(7)).equal(rand(2, 3, generator: new Generator(7))));
        Assert.Equal(new long[] { 2, 3, 4, 5, 6 }, zeros(2, 3, 4, 5, 6).shape);
    }

    [Fact]
    public void TensorFromAnArrayTakesTheDtypeSecond()
    {
        var labels = tensor(new long[] { 1, 2, 3 }, ScalarType.Float32);
        Assert.Equal(ScalarType.Float32, labels.dtype);
        Assert.Equal(new long[] { 3 }, labels.shape);
        Assert.Equal(new long[] { 2, 2 }, tensor(new[] { 1.0, 2, 3, 4 }, new long[] { 2, 2 }).shape);
    }

    private static (string shape, ScalarType dtype) Describe(Tensor t) => (string.Join("x", t.shape), t.dtype);
}
