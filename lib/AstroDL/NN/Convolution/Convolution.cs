using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// What the convolution layers share: their settings, the weight ([out, in/groups, k...], or [in, out/groups, k...] when
/// transposed) and bias, PyTorch's initialisation and printout, and the check of the input.
/// </summary>
public abstract class Convolution : WeightedLayer
{
    private readonly long[] kernelSize, strides, dilations, outputPadding;
    private readonly long[]? paddings;

    private protected Convolution(string name, long in_channels, long out_channels, long[] kernel_size, long[] stride, long[]? padding,
        Padding? padding_type, long[] dilation, bool transposed, long[] output_padding, long groups, bool bias, PaddingModes padding_mode,
        Device? device, ScalarType? dtype)
        : base(name)
    {
        if (in_channels <= 0 || out_channels <= 0 || groups <= 0 || in_channels % groups != 0 || out_channels % groups != 0)
            throw new ArgumentException(
                $"{name}: in_channels ({in_channels}) and out_channels ({out_channels}) must be positive and divisible by groups ({groups}).");
        SlidingWindow.CheckPositive(name, "kernel_size", kernel_size);
        SlidingWindow.CheckPositive(name, "stride", stride);
        SlidingWindow.CheckPositive(name, "dilation", dilation);
        if (padding is not null) SlidingWindow.CheckNotNegative(name, "padding", padding);
        if (padding_mode == PaddingModes.Constant || (transposed && padding_mode != PaddingModes.Zeros))
            throw new ArgumentException(
                $"{name}: padding_mode {padding_mode} is not available; use Zeros" + (transposed ? "." : ", Reflect, Replicate or Circular."));
        if (padding_type == Padding.Same && stride.Any(s => s != 1))
            throw new ArgumentException($"{name}: padding Same needs stride 1, got stride {Repr.Tuple(stride)}.");
        this.in_channels = in_channels;
        this.out_channels = out_channels;
        this.transposed = transposed;
        this.groups = groups;
        this.padding_mode = padding_mode;
        this.padding_type = padding_type;
        kernelSize = kernel_size;
        strides = stride;
        dilations = dilation;
        outputPadding = output_padding;
        paddings = padding;
        long[] weightDims = transposed ? [in_channels, out_channels / groups, .. kernel_size] : [out_channels, in_channels / groups, .. kernel_size];
        CreateParameters(weightDims, bias ? out_channels : null, device, dtype);
    }

    public long in_channels { get; }

    public long out_channels { get; }

    public bool transposed { get; }

    public long groups { get; }

    public PaddingModes padding_mode { get; }

    /// <summary>Valid or Same when the padding was given that way (then <see cref="padding"/> is null).</summary>
    public Padding? padding_type { get; }

    public long[] kernel_size => (long[])kernelSize.Clone();

    public long[] stride => (long[])strides.Clone();

    public long[] dilation => (long[])dilations.Clone();

    public long[] output_padding => (long[])outputPadding.Clone();

    public long[]? padding => (long[]?)paddings?.Clone();

    public override string extra_repr()
    {
        var text = $"{in_channels}, {out_channels}, kernel_size={Repr.Tuple(kernelSize)}, stride={Repr.Tuple(strides)}";
        if (padding_type is { } type) text += $", padding={type.ToString().ToLowerInvariant()}";
        else if (paddings!.Any(p => p != 0)) text += $", padding={Repr.Tuple(paddings!)}";
        if (dilations.Any(d => d != 1)) text += $", dilation={Repr.Tuple(dilations)}";
        if (outputPadding.Any(p => p != 0)) text += $", output_padding={Repr.Tuple(outputPadding)}";
        if (groups != 1) text += $", groups={groups}";
        if (bias is null) text += ", bias=False";
        if (padding_mode != PaddingModes.Zeros) text += $", padding_mode={padding_mode.ToString().ToLowerInvariant()}";
        return text;
    }

    /// <summary>Checks rank and channels of the input, then convolves it (padding first for the non-zero padding modes).</summary>
    private protected Tensor Convolve(Tensor input)
    {
        CheckInput(input);
        if (padding_mode == PaddingModes.Zeros)
        {
            return padding_type is { } type
                ? ConvolutionOps.Forward(ToString(), input, weight, bias, strides, type, dilations, groups)
                : ConvolutionOps.Forward(ToString(), input, weight, bias, strides, paddings!, dilations, groups);
        }
        var padded = nn.functional.pad(input, ReversedPadding(), padding_mode);
        return ConvolutionOps.Forward(ToString(), padded, weight, bias, strides, new long[strides.Length], dilations, groups);
    }

    /// <summary>[N, in_channels, ...] or unbatched [in_channels, ...], with an error that says which and what came.</summary>
    private protected void CheckInput(Tensor input)
    {
        int spatial = kernelSize.Length;
        string sizes = spatial == 1 ? "L" : "H, W";
        long rank = input.dim();
        bool rankFits = rank == spatial + 1 || rank == spatial + 2;
        if (rankFits && input.dims[rank - spatial - 1] == in_channels) return;
        var problem = rankFits
            ? $"Its {input.dims[rank - spatial - 1]} channels do not match in_channels = {in_channels}: check in_channels against " +
              "the channels that the previous layer produces."
            : spatial == 2 && rank == 2
                ? "A batch of flat vectors needs reshaping into images first, for example x.view(-1, 1, 28, 28)."
                : $"The input needs {spatial + 2} dimensions: batch, channels and {(spatial == 1 ? "length" : "height and width")}.";
        throw new ArgumentException(
            $"{this}: expected an input [N, {in_channels}, {sizes}] (or [{in_channels}, {sizes}] without a batch), " +
            $"got {input.ShapeText}. {problem}");
    }

    /// <summary>The padding as functional.pad wants it: (before, after) per dimension, last dimension first.</summary>
    private long[] ReversedPadding()
    {
        var result = new List<long>();
        for (int i = kernelSize.Length - 1; i >= 0; i--)
        {
            long before = paddings?[i] ?? 0, after = before;
            if (padding_type == Padding.Same)
            {
                long total = dilations[i] * (kernelSize[i] - 1);
                before = total / 2;
                after = total - before;
            }
            result.Add(before);
            result.Add(after);
        }
        return [.. result];
    }
}
