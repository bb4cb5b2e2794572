using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.Autograd;

/// <summary>Central-difference checks (float64) of convolution, pooling, upsampling and padding, for input, weight and bias.</summary>
public class ConvolutionGradientTests
{
    private static Func<Generator, Tensor> N(params long[] shape) => g => randn(shape, float64, generator: g).requires_grad_();

    // A strided view (every other column of a wider tensor), to check non-contiguous inputs.
    private static Func<Generator, Tensor> Strided(params long[] shape) => g =>
    {
        long[] wide = [.. shape[..^1], 2 * shape[^1]];
        return randn(wide, float64, generator: g)[TensorIndex.Ellipsis, TensorIndex.Slice(null, null, 2)].requires_grad_();
    };

    private static readonly Dictionary<string, (Func<Tensor[], Tensor> Fn, Func<Generator, Tensor>[] Inputs)> Table = new()
    {
        ["conv1d"] = (x => functional.conv1d(x[0], x[1], x[2]), [N(2, 3, 9), N(4, 3, 3), N(4)]),
        ["conv1d_stride_padding_dilation"] = (x => functional.conv1d(x[0], x[1], x[2], stride: 2, padding: 2, dilation: 2), [N(2, 2, 10), N(3, 2, 3), N(3)]),
        ["conv1d_groups"] = (x => functional.conv1d(x[0], x[1], groups: 2), [N(2, 4, 7), N(6, 2, 2)]),
        ["conv1d_same_even"] = (x => functional.conv1d_padding(x[0], x[1], x[2], padding: Padding.Same), [N(1, 2, 7), N(3, 2, 4), N(3)]),
        ["conv2d"] = (x => functional.conv2d(x[0], x[1], x[2]), [N(2, 3, 6, 5), N(4, 3, 3, 3), N(4)]),
        ["conv2d_stride_padding"] = (x => functional.conv2d(x[0], x[1], x[2], strides: [2, 1], padding: [1, 2]), [N(2, 2, 7, 6), N(3, 2, 3, 2), N(3)]),
        ["conv2d_dilation"] = (x => functional.conv2d(x[0], x[1], dilation: [2, 3], padding: [1]), [N(1, 2, 7, 8), N(2, 2, 3, 2)]),
        // Dilation 3 with padding 3 on a 2-wide image: the left and right taps of the kernel fall wholly on padding.
        ["conv2d_taps_wholly_on_padding"] = (x => functional.conv2d(x[0], x[1], x[2], padding: [3], dilation: [3]), [N(2, 2, 3, 2), N(3, 2, 3, 3), N(3)]),
        ["conv2d_groups"] = (x => functional.conv2d(x[0], x[1], x[2], padding: [1], groups: 2), [N(2, 4, 5, 5), N(6, 2, 3, 3), N(6)]),
        ["conv2d_same_even"] = (x => functional.conv2d_padding(x[0], x[1], padding: Padding.Same, dilation: [1, 2]), [N(1, 2, 5, 6), N(2, 2, 2, 3)]),
        ["conv2d_unbatched"] = (x => functional.conv2d(x[0], x[1], x[2]), [N(2, 5, 4), N(3, 2, 2, 2), N(3)]),
        ["conv2d_strided_input"] = (x => functional.conv2d(x[0], x[1]), [Strided(2, 2, 5, 4), N(3, 2, 2, 3)]),
        ["conv_transpose2d"] = (x => functional.conv_transpose2d(x[0], x[1], x[2]), [N(2, 3, 3, 4), N(3, 2, 3, 3), N(2)]),
        ["conv_transpose2d_stride_output_padding"] = (x => functional.conv_transpose2d(x[0], x[1], x[2], strides: [2], padding: [1], output_padding: [1]),
            [N(2, 2, 3, 3), N(2, 3, 3, 3), N(3)]),
        ["conv_transpose2d_groups_dilation"] = (x => functional.conv_transpose2d(x[0], x[1], strides: [2, 3], padding: [1, 0], output_padding: [0, 2],
            dilation: [1, 2], groups: 2), [N(1, 4, 3, 3), N(4, 2, 3, 2)]),
        ["max_pool1d"] = (x => functional.max_pool1d(x[0], 3, stride: 2, padding: 1), [N(2, 3, 9)]),
        ["max_pool1d_dilation_ceil"] = (x => functional.max_pool1d(x[0], 2, stride: 2, dilation: 2, ceil_mode: true), [N(2, 2, 10)]),
        ["max_pool2d"] = (x => functional.max_pool2d(x[0], 2), [N(2, 3, 6, 6)]),
        ["max_pool2d_padding_ceil"] = (x => functional.max_pool2d(x[0], [3], strides: [2], padding: [1], ceil_mode: true), [N(2, 2, 7, 8)]),
        ["max_pool2d_dilation_overlap"] = (x => functional.max_pool2d(x[0], (2, 3), stride: (1, 2), dilation: (2, 1)), [N(1, 2, 6, 7)]),
        ["avg_pool1d"] = (x => functional.avg_pool1d(x[0], 3, stride: 2, padding: 1, count_include_pad: false), [N(2, 3, 9)]),
        ["avg_pool2d"] = (x => functional.avg_pool2d(x[0], 2), [Strided(2, 2, 6, 6)]),
        ["avg_pool2d_padding_ceil"] = (x => functional.avg_pool2d(x[0], [3], stride: [2], padding: [1], ceil_mode: true), [N(2, 2, 7, 8)]),
        ["avg_pool2d_exclude_pad"] = (x => functional.avg_pool2d(x[0], (3, 2), stride: (2, 1), padding: (1, 1), count_include_pad: false), [N(1, 2, 7, 6)]),
        ["avg_pool2d_divisor_override"] = (x => functional.avg_pool2d(x[0], 2, stride: 1, divisor_override: 3), [N(1, 2, 4, 5)]),
        ["adaptive_avg_pool2d"] = (x => functional.adaptive_avg_pool2d(x[0], (3, 4)), [N(2, 2, 8, 9)]),
        ["adaptive_avg_pool2d_global"] = (x => functional.adaptive_avg_pool2d(x[0], 1), [N(2, 3, 4, 5)]),
        ["interpolate_nearest_scale"] = (x => functional.interpolate(x[0], scale_factor: [2]), [N(1, 2, 3, 4)]),
        ["interpolate_nearest_size"] = (x => functional.interpolate(x[0], size: [5, 7]), [N(1, 2, 3, 4)]),
        ["interpolate_nearest_1d"] = (x => functional.interpolate(x[0], scale_factor: [2.5]), [N(2, 2, 4)]),
        ["interpolate_bilinear"] = (x => functional.interpolate(x[0], size: [5, 7], mode: InterpolationMode.Bilinear), [Strided(1, 2, 3, 4)]),
        ["interpolate_bilinear_align_down"] = (x => functional.interpolate(x[0], size: [2, 3], mode: InterpolationMode.Bilinear, align_corners: true), [N(2, 1, 4, 5)]),
        ["interpolate_linear_scale"] = (x => functional.interpolate(x[0], scale_factor: [1.7], mode: InterpolationMode.Linear), [N(2, 2, 5)]),
        ["interpolate_trilinear"] = (x => functional.interpolate(x[0], size: [3, 2, 4], mode: InterpolationMode.Trilinear), [N(1, 1, 2, 3, 3)]),
        ["interpolate_area"] = (x => functional.interpolate(x[0], size: [3, 4], mode: InterpolationMode.Area), [N(1, 2, 5, 7)]),
        ["pad_constant"] = (x => functional.pad(x[0], [1, 2, -1, 1], value: 0.5), [N(2, 2, 4, 5)]),
        ["pad_reflect"] = (x => functional.pad(x[0], [2, 1, 1, 2], PaddingModes.Reflect), [N(1, 2, 4, 5)]),
        ["pad_replicate"] = (x => functional.pad(x[0], (3, 1), PaddingModes.Replicate), [N(2, 2, 4)]),
        ["pad_circular"] = (x => functional.pad(x[0], (1, 2, 2, 0), PaddingModes.Circular), [N(1, 2, 3, 4)]),
    };

    public static TheoryData<string> Names => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void GradientMatchesCentralDifferences(string name)
    {
        var (fn, makers) = Table[name];
        var g = new Generator(name.Aggregate(23UL, (h, ch) => h * 31 + ch));
        var inputs = makers.Select(make => make(g)).ToArray();
        Assert.True(autograd.gradcheck(fn, inputs));
    }

    [Fact]
    public void ConvolutionPaddingEqualsConvolvingThePaddedImage()
    {
        // The unit-stride fast paths of im2col and col2im (whole-plane runs) against explicit zero padding, including taps
        // that lie wholly on padding; the input gradients must agree as well.
        foreach (var (padding, dilation) in new[] { (1L, 1L), (3L, 3L), (2L, 1L) })
        {
            var g = new Generator(7);
            var x = randn([2, 3, 5, 4], float64, generator: g).requires_grad_();
            var w = randn([4, 3, 3, 3], float64, generator: g);
            var y = functional.conv2d(x, w, padding: [padding], dilation: [dilation]);
            var x2 = x.detach().clone().requires_grad_();
            var y2 = functional.conv2d(functional.pad(x2, [padding, padding, padding, padding]), w, dilation: [dilation]);
            Assert.True(y.allclose(y2, rtol: 1e-12, atol: 1e-12), $"padding {padding}, dilation {dilation}: outputs differ");
            var weights = randn(y.shape, float64, generator: g);
            y.mul(weights).sum().backward();
            y2.mul(weights).sum().backward();
            Assert.True(x.grad!.allclose(x2.grad!, rtol: 1e-12, atol: 1e-12), $"padding {padding}, dilation {dilation}: input gradients differ");
        }
    }

    [Fact]
    public void LayersWithNonZeroPaddingModesHaveCorrectGradients()
    {
        foreach (var mode in new[] { PaddingModes.Reflect, PaddingModes.Replicate, PaddingModes.Circular })
        {
            var layer = Conv2d(2, 3, 3, padding: 1, padding_mode: mode).to(float64);
            var x = randn([1, 2, 4, 5], float64).requires_grad_();
            Assert.True(autograd.gradcheck(t => layer.call(t[0]), [x]), $"padding mode {mode}");
        }
    }
}
