using AstroDL.Backends;
using AstroDL.Backends.Cpu;
using static AstroDL.torch;

namespace AstroDL.Tests.Backends;

/// <summary>
/// The backend's convolution and pooling kernels on their own: a worked im2col example, and each backward kernel is the
/// adjoint of its forward kernel (⟨forward(x), y⟩ = ⟨x, backward(y)⟩) over geometries with stride, padding, dilation and
/// asymmetric windows. Any backend implementing these ops must pass the same checks.
/// </summary>
public class ConvolutionKernelTests
{
    private static readonly IBackend Backend = CpuBackend.Instance;

    // (channels, height, width, kH, kW, strideH, strideW, padTop, padLeft, dilationH, dilationW, outH, outW). Every window
    // overlaps the image, as pools require (padding at most half the kernel); the bottom and right padding follow from the output size.
    public static TheoryData<long[]> Geometries =>
    [
        [2, 5, 6, 3, 3, 1, 1, 0, 0, 1, 1, 3, 4],
        [3, 7, 6, 3, 2, 2, 1, 1, 1, 1, 1, 4, 7],
        [2, 8, 7, 3, 3, 1, 1, 1, 1, 2, 2, 6, 5],
        [1, 1, 9, 1, 4, 1, 1, 0, 1, 1, 1, 1, 9],
        [2, 6, 6, 2, 3, 3, 2, 0, 1, 2, 1, 2, 3],
    ];

    private static ConvGeometry Geometry(long[] g) => new(g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], g[9], g[10], g[11], g[12]);

    [Fact]
    public void Im2ColLaysOutOneRowPerChannelAndTap()
    {
        // A 1x3x3 image, 2x2 kernel, padding 1 on the left only (the output width 3 implies none on the right).
        var x = arange(1, 10, dtype: float32).reshape(1, 1, 3, 3);
        var g = new ConvGeometry(1, 3, 3, 2, 2, 1, 1, 0, 1, 1, 1, 2, 3);
        var columns = empty(1, 4, 6);
        Backend.Im2Col(x.View, columns.View, g);
        float[] expected =
        [
            0, 1, 2, 0, 4, 5, // tap (0, 0)
            1, 2, 3, 4, 5, 6, // tap (0, 1)
            0, 4, 5, 0, 7, 8, // tap (1, 0)
            4, 5, 6, 7, 8, 9, // tap (1, 1)
        ];
        Assert.Equal(expected, columns.data<float>().ToArray());
    }

    [Theory]
    [MemberData(nameof(Geometries))]
    [InlineData(new long[] { 3, 7, 6, 3, 2, 2, 1, 1, 2, 1, 1, 4, 9 })] // whole columns of windows on the padding
    public void Col2ImIsTheAdjointOfIm2Col(long[] geometry)
    {
        var g = Geometry(geometry);
        var x = randn([2, g.Channels, g.Height, g.Width], float64, generator: new Generator(1));
        var c = randn([2, g.ColumnRows, g.ColumnLength], float64, generator: new Generator(2));
        var columns = zeros([2, g.ColumnRows, g.ColumnLength], float64);
        Backend.Im2Col(x.View, columns.View, g);
        var image = zeros(x.shape, float64);
        Backend.Col2Im(c.View, image.View, g);
        AssertSameInnerProduct(columns, c, x, image);
    }

    [Theory]
    [MemberData(nameof(Geometries))]
    public void AvgPoolBackwardIsTheAdjointOfAvgPool(long[] geometry)
    {
        var g = Geometry(geometry) with { DilationHeight = 1, DilationWidth = 1 };
        foreach (var (includePad, divisor) in new (bool, long?)[] { (true, null), (false, null), (true, 5) })
        {
            var x = randn([2, g.Channels, g.Height, g.Width], float64, generator: new Generator(3));
            var gy = randn([2, g.Channels, g.OutHeight, g.OutWidth], float64, generator: new Generator(4));
            var y = empty(gy.shape, float64);
            Backend.AvgPool(x.View, y.View, g, includePad, divisor);
            var gx = zeros(x.shape, float64);
            Backend.AvgPoolBackward(gy.View, gx.View, g, includePad, divisor);
            AssertSameInnerProduct(y, gy, x, gx);
        }
    }

    [Theory]
    [MemberData(nameof(Geometries))]
    public void MaxPoolPicksAWindowElementAndRoutesTheGradientBack(long[] geometry)
    {
        var g = Geometry(geometry);
        var x = randn([2, g.Channels, g.Height, g.Width], float64, generator: new Generator(5));
        var y = empty([2, g.Channels, g.OutHeight, g.OutWidth], float64);
        var indices = empty(y.shape, int64);
        Backend.MaxPool(x.View, y.View, indices.View, g);
        // Each value is the input element its index names, so max pooling is the gather y = x[indices] ...
        var gathered = x.flatten(2).gather(2, indices.flatten(2)).view(y.shape);
        Assert.True(gathered.equal(y));
        // ... and its gradient the matching scatter-add.
        var gy = randn(y.shape, float64, generator: new Generator(6));
        var gx = zeros(x.shape, float64);
        Backend.MaxPoolBackward(gy.View, indices.View, gx.View);
        AssertSameInnerProduct(y, gy, x, gx);
    }

    private static void AssertSameInnerProduct(Tensor forward, Tensor y, Tensor x, Tensor backward)
    {
        double left = forward.mul(y).sum().ToDouble(), right = x.mul(backward).sum().ToDouble();
        Assert.True(Math.Abs(left - right) <= 1e-9 * (1 + Math.Abs(left)), $"<forward(x), y> = {left} but <x, backward(y)> = {right}");
    }
}
