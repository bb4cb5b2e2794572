using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>A 1-d convolution over [N, in_channels, L] (a light curve, a spectrum): weight [out, in/groups, k].</summary>
    public sealed class Conv1d : Convolution
    {
        internal Conv1d(long in_channels, long out_channels, long kernel_size, long stride, long? padding, Padding? padding_type, long dilation,
            long groups, bool bias, PaddingModes padding_mode, Device? device, ScalarType? dtype)
            : base(nameof(Conv1d), in_channels, out_channels, [kernel_size], [stride], padding is { } p ? [p] : null, padding_type, [dilation],
                false, [0], groups, bias, padding_mode, device, dtype)
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
            /// <summary>A 1-d convolution layer (TorchSharp's signature; padding is added on both sides).</summary>
            public static Modules.Conv1d Conv1d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
                long dilation = 1, PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1, bool bias = true, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, kernel_size, stride, padding, null, dilation, groups, bias, padding_mode, device, dtype);

            /// <summary>A 1-d convolution layer with Valid (none) or Same padding (the output is as long as the input).</summary>
            public static Modules.Conv1d Conv1d(long in_channels, long out_channels, long kernel_size, Padding padding, long stride = 1,
                long dilation = 1, PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1, bool bias = true, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, kernel_size, stride, null, padding, dilation, groups, bias, padding_mode, device, dtype);
        }
    }
}
