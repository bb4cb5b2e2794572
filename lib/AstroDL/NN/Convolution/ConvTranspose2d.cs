using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// A 2-d transposed convolution (the adjoint of Conv2d, used to upsample in decoders): weight [in, out/groups, kH, kW];
    /// output size (H−1)·stride − 2·padding + dilation·(k−1) + output_padding + 1 per dimension.
    /// </summary>
    public sealed class ConvTranspose2d : Convolution
    {
        internal ConvTranspose2d(long in_channels, long out_channels, (long, long) kernel_size, (long, long) stride, (long, long) padding,
            (long, long) output_padding, (long, long) dilation, long groups, bool bias, PaddingModes padding_mode, Device? device,
            ScalarType? dtype)
            : base(nameof(ConvTranspose2d), in_channels, out_channels, [kernel_size.Item1, kernel_size.Item2], [stride.Item1, stride.Item2],
                [padding.Item1, padding.Item2], null, [dilation.Item1, dilation.Item2], true, [output_padding.Item1, output_padding.Item2],
                groups, bias, padding_mode, device, dtype)
        {
        }

        public override Tensor forward(Tensor input) => forward(input, null);

        /// <summary>With output_size (the last two entries are used), output_padding is chosen so the output has that size.</summary>
        public Tensor forward(Tensor input, long[]? output_size)
        {
            CheckInput(input);
            return ConvolutionOps.Transposed(ToString(), input, weight, bias, stride, padding!, OutputPadding(input, output_size), dilation,
                groups);
        }

        private long[] OutputPadding(Tensor input, long[]? output_size)
        {
            if (output_size is null) return output_padding;
            if (output_size.Length < 2)
                throw new ArgumentException($"{this}: output_size needs the height and width, got {Repr.Tuple(output_size)}.");
            var result = new long[2];
            long[] k = kernel_size, s = stride, p = padding!, d = dilation;
            for (int i = 0; i < 2; i++)
            {
                long smallest = (input.dims[input.dims.Length - 2 + i] - 1) * s[i] - 2 * p[i] + d[i] * (k[i] - 1) + 1;
                long wanted = output_size[output_size.Length - 2 + i];
                if (wanted < smallest || wanted >= smallest + s[i])
                    throw new ArgumentException(
                        $"{this}: output_size {Repr.Tuple(output_size)} cannot come from the input {input.ShapeText}: each size must " +
                        $"lie in [{smallest}, {smallest + s[i] - 1}] for dimension {i}.");
                result[i] = wanted - smallest;
            }
            return result;
        }
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>A 2-d transposed convolution layer with a square kernel (TorchSharp's signature).</summary>
            public static Modules.ConvTranspose2d ConvTranspose2d(long in_channels, long out_channels, long kernel_size, long stride = 1,
                long padding = 0, long output_padding = 0, long dilation = 1, PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1,
                bool bias = true, Device? device = null, ScalarType? dtype = null) =>
                new(in_channels, out_channels, (kernel_size, kernel_size), (stride, stride), (padding, padding),
                    (output_padding, output_padding), (dilation, dilation), groups, bias, padding_mode, device, dtype);

            /// <summary>A 2-d transposed convolution layer with per-dimension sizes (height, width).</summary>
            public static Modules.ConvTranspose2d ConvTranspose2d(long in_channels, long out_channels, (long, long) kernel_size,
                (long, long)? stride = null, (long, long)? padding = null, (long, long)? output_padding = null, (long, long)? dilation = null,
                PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1, bool bias = true, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, kernel_size, stride ?? (1, 1), padding ?? (0, 0), output_padding ?? (0, 0), dilation ?? (1, 1),
                    groups, bias, padding_mode, device, dtype);
        }
    }
}
