using AstroDL.Backends;
using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>1-d convolution (cross-correlation) of input [N, C_in, L] with weight [C_out, C_in/groups, k].</summary>
            public static Tensor conv1d(Tensor input, Tensor weight, Tensor? bias = null, long? stride = null, long? padding = null,
                long? dilation = null, long groups = 1) =>
                ConvolutionOps.Forward("conv1d", input, weight, bias, [stride ?? 1], [padding ?? 0], [dilation ?? 1], groups);

            /// <summary>1-d convolution with Valid (no) or Same padding (output as long as the input; stride 1 only).</summary>
            public static Tensor conv1d_padding(Tensor input, Tensor weight, Tensor? bias = null, long? stride = null,
                Padding padding = Padding.Valid, long? dilation = null, long groups = 1) =>
                ConvolutionOps.Forward("conv1d", input, weight, bias, [stride ?? 1], padding, [dilation ?? 1], groups);

            /// <summary>
            /// 2-d convolution (cross-correlation) of input [N, C_in, H, W] with weight [C_out, C_in/groups, kH, kW]; strides,
            /// padding and dilation take one value for both dimensions or one per dimension.
            /// </summary>
            public static Tensor conv2d(Tensor input, Tensor weight, Tensor? bias = null, long[]? strides = null, long[]? padding = null,
                long[]? dilation = null, long groups = 1) =>
                ConvolutionOps.Forward("conv2d", input, weight, bias,
                    SlidingWindow.Expand("conv2d", "strides", strides, 2, [1, 1]),
                    SlidingWindow.Expand("conv2d", "padding", padding, 2, [0, 0]),
                    SlidingWindow.Expand("conv2d", "dilation", dilation, 2, [1, 1]), groups);

            /// <summary>2-d convolution with Valid (no) or Same padding (output the size of the input; stride 1 only).</summary>
            public static Tensor conv2d_padding(Tensor input, Tensor weight, Tensor? bias = null, long[]? strides = null,
                Padding padding = Padding.Valid, long[]? dilation = null, long groups = 1) =>
                ConvolutionOps.Forward("conv2d", input, weight, bias,
                    SlidingWindow.Expand("conv2d", "strides", strides, 2, [1, 1]), padding,
                    SlidingWindow.Expand("conv2d", "dilation", dilation, 2, [1, 1]), groups);

            /// <summary>
            /// The transpose (adjoint) of conv2d, sometimes called deconvolution: input [N, C_in, H, W], weight
            /// [C_in, C_out/groups, kH, kW], output [N, C_out, (H−1)·stride − 2·padding + dilation·(k−1) + output_padding + 1, ...].
            /// </summary>
            public static Tensor conv_transpose2d(Tensor input, Tensor weight, Tensor? bias = null, long[]? strides = null,
                long[]? padding = null, long[]? output_padding = null, long[]? dilation = null, long groups = 1)
            {
                const string who = "conv_transpose2d";
                return ConvolutionOps.Transposed(who, input, weight, bias,
                    SlidingWindow.Expand(who, "strides", strides, 2, [1, 1]),
                    SlidingWindow.Expand(who, "padding", padding, 2, [0, 0]),
                    SlidingWindow.Expand(who, "output_padding", output_padding, 2, [0, 0]),
                    SlidingWindow.Expand(who, "dilation", dilation, 2, [1, 1]), groups);
            }
        }
    }
}

/// <summary>Convolution and transposed convolution with their gradients, for 1-d and 2-d inputs (1-d runs as 2-d with height 1).</summary>
internal static class ConvolutionOps
{
    /// <summary>A convolution with Valid or Same padding (Same: the padding d·(k−1) split with the smaller half first, as PyTorch does).</summary>
    public static torch.Tensor Forward(string who, torch.Tensor input, torch.Tensor weight, torch.Tensor? bias, long[] stride,
        Padding padding, long[] dilation, long groups)
    {
        if (padding == Padding.Valid)
            return Forward(who, input, weight, bias, stride, new long[stride.Length], dilation, groups);
        CheckWeight(who, input, weight, bias, stride.Length, groups, transposed: false);
        if (stride.Any(s => s != 1))
            throw new ArgumentException($"{who}: padding Same needs stride 1, got stride {Repr.Tuple(stride)}; pad explicitly for strided convolutions.");
        var kernel = weight.dims[2..];
        var before = new long[kernel.Length];
        var after = new long[kernel.Length];
        for (int i = 0; i < kernel.Length; i++)
        {
            long total = dilation[i] * (kernel[i] - 1);
            before[i] = total / 2;
            after[i] = total - before[i];
        }
        return Forward(who, input, weight, bias, stride, before, after, dilation, groups);
    }

    public static torch.Tensor Forward(string who, torch.Tensor input, torch.Tensor weight, torch.Tensor? bias, long[] stride,
        long[] padding, long[] dilation, long groups) =>
        Forward(who, input, weight, bias, stride, padding, padding, dilation, groups);

    private static torch.Tensor Forward(string who, torch.Tensor input, torch.Tensor weight, torch.Tensor? bias, long[] stride,
        long[] padBefore, long[] padAfter, long[] dilation, long groups)
    {
        int spatial = stride.Length;
        CheckWeight(who, input, weight, bias, spatial, groups, transposed: false);
        CheckWindow(who, stride, padBefore, dilation);
        var x = SlidingWindow.Lift(who, input, spatial);
        long expected = weight.dims[1] * groups;
        if (x.dims[1] != expected)
            throw new ArgumentException(
                $"{who}: the input {input.ShapeText} has {x.dims[1]} channels, but {expected} are expected (in_channels = " +
                $"weight.shape[1]·groups = {weight.dims[1]}·{groups}, weight {weight.ShapeText}). Check in_channels against the " +
                "channels that the previous layer produces.");
        var w = spatial == 1 ? weight.unsqueeze(2) : weight;
        var g = SlidingWindow.Geometry(who, input, x, weight.dims[2..], stride, padBefore, padAfter, dilation);
        return SlidingWindow.Lower(Convolve(x.contiguous(), w.contiguous(), bias, g, groups, transposed: false), input, spatial);
    }

    public static torch.Tensor Transposed(string who, torch.Tensor input, torch.Tensor weight, torch.Tensor? bias, long[] stride,
        long[] padding, long[] outputPadding, long[] dilation, long groups)
    {
        CheckWeight(who, input, weight, bias, 2, groups, transposed: true);
        CheckWindow(who, stride, padding, dilation);
        var x = SlidingWindow.Lift(who, input, 2);
        if (x.dims[1] != weight.dims[0])
            throw new ArgumentException(
                $"{who}: the input {input.ShapeText} has {x.dims[1]} channels, but the weight {weight.ShapeText} expects " +
                $"in_channels = weight.shape[0] = {weight.dims[0]}. Check in_channels against the channels that the previous layer produces.");
        for (int i = 0; i < 2; i++)
        {
            if (outputPadding[i] < 0 || (outputPadding[i] >= stride[i] && outputPadding[i] >= dilation[i]))
                throw new ArgumentException(
                    $"{who}: output_padding {Repr.Tuple(outputPadding)} must be smaller than the stride {Repr.Tuple(stride)} " +
                    $"or the dilation {Repr.Tuple(dilation)}.");
        }
        var kernel = weight.dims[2..];
        var size = new long[2];
        for (int i = 0; i < 2; i++)
            size[i] = (x.dims[2 + i] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (kernel[i] - 1) + outputPadding[i] + 1;
        if (size[0] <= 0 || size[1] <= 0)
            throw new ArgumentException(
                $"{who}: the output size would be {Repr.Tuple(size)} for the input {input.ShapeText}: padding {Repr.Tuple(padding)} " +
                "removes more than the transposed convolution adds. Use less padding.");
        long outChannels = weight.dims[1] * groups;
        var g = new ConvGeometry(outChannels, size[0], size[1], kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1],
            dilation[0], dilation[1], x.dims[2], x.dims[3]);
        return SlidingWindow.Lower(Convolve(x.contiguous(), weight.contiguous(), bias, g, groups, transposed: true), input, 2);
    }

    /// <summary>Weight rank, groups, device, dtype and bias shape (weight [C_out, C_in/G, k...], transposed [C_in, C_out/G, k...]).</summary>
    private static void CheckWeight(string who, torch.Tensor input, torch.Tensor weight, torch.Tensor? bias, int spatial, long groups,
        bool transposed)
    {
        if (weight.dim() != spatial + 2)
            throw new ArgumentException($"{who}: the weight must be {spatial + 2}-d, got {weight.ShapeText}.");
        if (groups <= 0 || weight.dims[0] % groups != 0)
            throw new ArgumentException($"{who}: groups = {groups} must be positive and divide the weight's first dimension ({weight.ShapeText}).");
        torch.Tensor.CheckSameDevice(who, input, weight);
        WeightDtype.Check(who, input, weight);
        if (bias is not null) torch.Tensor.CheckSameDevice(who, input, bias);
        if (input.dtype != weight.dtype || (bias is not null && bias.dtype != weight.dtype))
            throw new ArgumentException(
                $"{who}: the input is {input.dtype.Name()} but the weight is {weight.dtype.Name()}" +
                (bias is null ? "" : $" and the bias {bias.dtype.Name()}") +
                ". Convert the input with .to_type(...) or the layer with module.to(dtype).");
        long outChannels = transposed ? weight.dims[1] * groups : weight.dims[0];
        if (bias is not null && (bias.dim() != 1 || bias.dims[0] != outChannels))
            throw new ArgumentException($"{who}: the bias must be [{outChannels}] (one per output channel), got {bias.ShapeText}.");
    }

    private static void CheckWindow(string who, long[] stride, long[] padding, long[] dilation)
    {
        SlidingWindow.CheckPositive(who, "stride", stride);
        SlidingWindow.CheckPositive(who, "dilation", dilation);
        SlidingWindow.CheckNotNegative(who, "padding", padding);
    }

    /// <summary>
    /// y = W ⋆ x (+ b) on [N, C, H, W] images, or its transpose (adjoint), where the geometry's image side is the output.
    /// Each one's input gradient is the other one applied to the output gradient.
    /// </summary>
    private static torch.Tensor Convolve(torch.Tensor x, torch.Tensor w, torch.Tensor? bias, ConvGeometry g, long groups, bool transposed)
    {
        long[] shape = transposed ? [x.dims[0], g.Channels, g.Height, g.Width] : [x.dims[0], w.dims[0], g.OutHeight, g.OutWidth];
        var y = Apply(x, w, bias, shape, g, groups, transposed);
        return y.WithGrad(transposed ? "conv_transpose" : "convolution", [x, w, bias], gy =>
        {
            gy = gy.contiguous();
            // With create_graph (grad mode on in backward) both gradients are recorded ops, so they differentiate again.
            bool recorded = torch.is_grad_enabled();
            var gx = !x.requires_grad ? null
                : recorded ? Convolve(gy, w, null, g, groups, !transposed) : Apply(gy, w, null, x.dims, g, groups, !transposed);
            var gw = w.requires_grad ? (transposed ? WeightGradient(gy, x, w, g, groups) : WeightGradient(x, gy, w, g, groups)) : null;
            return [gx, gw, BiasGradient(gy, bias)];
        }, x, w);
    }

    /// <summary>
    /// The weight gradient from the image side and the grid side's gradient (for a transposed convolution the image side
    /// is its output), as a recorded op. It is bilinear, and ⟨ggw, gw⟩ = ⟨grid, conv(image, ggw)⟩ (both kinds keep the
    /// weight as [grid channels, image channels / groups, kh, kw]), so its own gradients are a transposed convolution
    /// and a convolution with ggw as the weight.
    /// </summary>
    private static torch.Tensor WeightGradient(torch.Tensor image, torch.Tensor grid, torch.Tensor w, ConvGeometry g, long groups)
    {
        torch.Tensor gw;
        using (torch.no_grad()) gw = Im2ColGemm.WeightGradient(image, grid, g, groups).view(w.dims);
        return gw.WithGrad("convolution_weight_gradient", [image, grid], ggw =>
        [
            image.requires_grad ? Convolve(grid, ggw, null, g, groups, transposed: true) : null,
            grid.requires_grad ? Convolve(image, ggw, null, g, groups, transposed: false) : null,
        ], image, grid);
    }

    /// <summary>
    /// Convolution (W · im2col) or its transpose (col2im of Wᵀ·) into a new tensor that starts as the bias broadcast
    /// over the planes (or zeros): the products add to it, so the bias costs no pass of its own.
    /// </summary>
    private static torch.Tensor Apply(torch.Tensor input, torch.Tensor w, torch.Tensor? bias, long[] shape, ConvGeometry g, long groups,
        bool transposed)
    {
        var output = bias is null && !transposed ? torch.Tensor.Empty(shape, input.dtype, input.device) : StartFrom(bias, shape, input);
        if (transposed) Im2ColGemm.Scatter(input, w, output, g, groups);
        else Im2ColGemm.Gather(input, w, output, g, groups, accumulate: bias is not null);
        return output;
    }

    private static torch.Tensor StartFrom(torch.Tensor? bias, long[] shape, torch.Tensor like)
    {
        if (bias is null) return torch.zeros(shape, like.dtype, like.device);
        var output = torch.Tensor.Empty(shape, like.dtype, like.device);
        output.Backend.Copy(bias.View.With(shape, [0, bias.strides[0], 0, 0]), output.View);
        return output;
    }

    private static torch.Tensor? BiasGradient(torch.Tensor gy, torch.Tensor? bias) =>
        bias is { requires_grad: true } ? gy.sum([0, 2, 3]) : null;
}
