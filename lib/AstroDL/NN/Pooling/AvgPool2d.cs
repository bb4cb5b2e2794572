using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>The mean over kH x kW windows of images [N, C, H, W] (stride defaults to kernel_size).</summary>
    public sealed class AvgPool2d : nn.Module<Tensor, Tensor>
    {
        private readonly long[] kernelSize, strides, paddings;

        internal AvgPool2d(long[] kernel_size, long[]? stride, long[]? padding, bool ceil_mode, bool count_include_pad, long? divisor_override)
            : base(nameof(AvgPool2d))
        {
            kernelSize = SlidingWindow.Expand(nameof(AvgPool2d), "kernel_size", kernel_size, 2, [1, 1]);
            strides = SlidingWindow.Expand(nameof(AvgPool2d), "stride", stride, 2, kernelSize);
            paddings = SlidingWindow.Expand(nameof(AvgPool2d), "padding", padding, 2, [0, 0]);
            this.ceil_mode = ceil_mode;
            this.count_include_pad = count_include_pad;
            this.divisor_override = divisor_override;
        }

        public long[] kernel_size => (long[])kernelSize.Clone();

        public long[] stride => (long[])strides.Clone();

        public long[] padding => (long[])paddings.Clone();

        public bool ceil_mode { get; }

        /// <summary>Whether padding counts (as zeros) in the mean.</summary>
        public bool count_include_pad { get; }

        /// <summary>When set, the divisor of every window instead of its size.</summary>
        public long? divisor_override { get; }

        public override Tensor forward(Tensor input) =>
            PoolingOps.Average(ToString(), input, kernelSize, strides, paddings, ceil_mode, count_include_pad, divisor_override);

        public override string extra_repr() => $"kernel_size={Repr.Sizes(kernelSize)}, stride={Repr.Sizes(strides)}, padding={Repr.Sizes(paddings)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.AvgPool2d AvgPool2d(long[] kernel_size, long[]? stride = null, long[]? padding = null, bool ceil_mode = false,
                bool count_include_pad = true, long? divisor_override = null) =>
                new(kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override);

            public static Modules.AvgPool2d AvgPool2d((long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null,
                bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null) =>
                new([kernel_size.Item1, kernel_size.Item2], stride is { } s ? [s.Item1, s.Item2] : null,
                    padding is { } p ? [p.Item1, p.Item2] : null, ceil_mode, count_include_pad, divisor_override);

            public static Modules.AvgPool2d AvgPool2d(long kernel_size, long? stride = null, long? padding = null, bool ceil_mode = false,
                bool count_include_pad = true, long? divisor_override = null) =>
                new([kernel_size], stride is { } s ? [s] : null, [padding ?? 0], ceil_mode, count_include_pad, divisor_override);
        }
    }
}
