using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class CreationTests
{
    [Fact]
    public void ArangeOfIntegersIsInt64()
    {
        var x = arange(5);
        Assert.Equal(int64, x.dtype);
        Assert.Equal(new long[] { 0, 1, 2, 3, 4 }, x.data<long>().ToArray());
        Assert.Equal(new long[] { 2, 5, 8 }, arange(2, 10, 3).data<long>().ToArray());
        Assert.Equal(0, arange(3, 1).numel());
    }

    [Fact]
    public void ArangeOfFloatsIsFloat32AndExcludesStop()
    {
        var x = arange(0, 1, 0.25);
        Assert.Equal(float32, x.dtype);
        Assert.Equal(new float[] { 0, 0.25f, 0.5f, 0.75f }, x.data<float>().ToArray());
        Assert.Equal(10, arange(0, 1, 0.1).numel());
        Assert.Equal(new float[] { 1, 0.5f }, arange(1.0, 0.0, -0.5).data<float>().ToArray());
    }

    [Fact]
    public void LinspaceIncludesBothEndpoints()
    {
        var x = linspace(-1, 1, 5);
        Assert.Equal(float32, x.dtype);
        Assert.Equal(new float[] { -1, -0.5f, 0, 0.5f, 1 }, x.data<float>().ToArray());
        var y = linspace(0, 0.3, 7, float64).data<double>().ToArray();
        Assert.Equal(0.0, y[0]);
        Assert.Equal(0.3, y[^1]);
    }

    [Fact]
    public void LinspaceWithOneStepIsTheStart() => Assert.Equal(new float[] { 2 }, linspace(2, 3, 1).data<float>().ToArray());

    [Fact]
    public void EyeAndFull()
    {
        Assert.Equal(new float[] { 1, 0, 0, 0, 1, 0 }, eye(2, 3).data<float>().ToArray());
        Assert.Equal(new long[] { 3, 3 }, eye(3).shape);
        var f = full([2, 2], 3);
        Assert.Equal(int64, f.dtype);
        Assert.Equal(float32, full([2], 0.5).dtype);
        Assert.Equal(float64, full([2], 1, float64).dtype);
    }

    [Fact]
    public void LikeFunctionsKeepShapeAndDtype()
    {
        var ints = arange(6).reshape(2, 3);
        Assert.Equal(int64, zeros_like(ints).dtype);
        Assert.Equal(new long[] { 2, 3 }, ones_like(ints).shape);
        Assert.Equal(float64, zeros_like(ints, float64).dtype);
        Assert.Equal(new float[] { 7, 7 }, full_like(ones(2), 7).data<float>().ToArray());
        Assert.Equal(float32, ones(2).dtype);
    }

    [Fact]
    public void TensorFromDataChecksTheShape()
    {
        var t = tensor(new float[,] { { 1, 2 }, { 3, 4 } });
        Assert.Equal(new long[] { 2, 2 }, t.shape);
        var error = Assert.Throws<ArgumentException>(() => tensor(new float[] { 1, 2, 3 }, [2, 2]));
        Assert.Contains("[2, 2]", error.Message);
    }
}
