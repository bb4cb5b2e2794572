using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>A 2-d convolution over images [N, in_channels, H, W]: weight [out, in/groups, kH, kW].</summary>
    public sealed class Conv2d : Convolution
    {
        internal Conv2d(long in_channels, long out_channels, (long, long) kernel_size, (long, long) stride, (long, long)? padding,
            Padding? padding_type, (long, long) dilation, long groups, bool bias, PaddingModes padding_mode, Device? device, ScalarType? dtype)
            : base(nameof(Conv2d), in_channels, out_channels, [kernel_size.Item1, kernel_size.Item2], [stride.Item1, stride.Item2],
                padding is { } p ? [p.Item1, p.Item2] : null, padding_type, [dilation.Item1, dilation.Item2], false, [0, 0], groups, bias,
                padding_mode, device, dtype)
        {
        }

        public override Tensor forward(Tensor input) => Convolve(input);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>A 2-d convolution layer with a square kernel (TorchSharp's signature; padding is added on all sides).</summary>
            public static Modules.Conv2d Conv2d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
                long dilation = 1, PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1, bool bias = true, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, (kernel_size, kernel_size), (stride, stride), (padding, padding), null, (dilation, dilation),
                    groups, bias, padding_mode, device, dtype);

            /// <summary>A 2-d convolution layer with per-dimension sizes (height, width).</summary>
            public static Modules.Conv2d Conv2d(long in_channels, long out_channels, (long, long) kernel_size, (long, long)? stride = null,
                (long, long)? padding = null, (long, long)? dilation = null, PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1,
                bool bias = true, Device? device = null, ScalarType? dtype = null) =>
                new(in_channels, out_channels, kernel_size, stride ?? (1, 1), padding ?? (0, 0), null, dilation ?? (1, 1), groups, bias,
                    padding_mode, device, dtype);

            /// <summary>A 2-d convolution layer with Valid (none) or Same padding (the output keeps the input's height and width).</summary>
            public static Modules.Conv2d Conv2d(long in_channels, long out_channels, long kernel_size, Padding padding, long stride = 1,
                long dilation = 1, PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1, bool bias = true, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, (kernel_size, kernel_size), (stride, stride), null, padding, (dilation, dilation), groups,
                    bias, padding_mode, device, dtype);

            /// <summary>A 2-d convolution layer with per-dimension sizes and Valid or Same padding.</summary>
            public static Modules.Conv2d Conv2d(long in_channels, long out_channels, (long, long) kernel_size, Padding padding,
                (long, long)? stride = null, (long, long)? dilation = null, PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1,
                bool bias = true, Device? device = null, ScalarType? dtype = null) =>
                new(in_channels, out_channels, kernel_size, stride ?? (1, 1), null, padding, dilation ?? (1, 1), groups, bias, padding_mode,
                    device, dtype);
        }
    }
}
