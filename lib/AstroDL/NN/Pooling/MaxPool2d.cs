using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>The maximum over kH x kW windows of images [N, C, H, W] (stride defaults to kernel_size).</summary>
    public sealed class MaxPool2d : nn.Module<Tensor, Tensor>
    {
        private readonly long[] kernelSize, strides, paddings, dilations;

        internal MaxPool2d(long[] kernel_size, long[]? stride, long[]? padding, long[]? dilation, bool ceil_mode)
            : base(nameof(MaxPool2d))
        {
            kernelSize = SlidingWindow.Expand(nameof(MaxPool2d), "kernel_size", kernel_size, 2, [1, 1]);
            strides = SlidingWindow.Expand(nameof(MaxPool2d), "stride", stride, 2, kernelSize);
            paddings = SlidingWindow.Expand(nameof(MaxPool2d), "padding", padding, 2, [0, 0]);
            dilations = SlidingWindow.Expand(nameof(MaxPool2d), "dilation", dilation, 2, [1, 1]);
            this.ceil_mode = ceil_mode;
        }

        public long[] kernel_size => (long[])kernelSize.Clone();

        public long[] stride => (long[])strides.Clone();

        public long[] padding => (long[])paddings.Clone();

        public long[] dilation => (long[])dilations.Clone();

        public bool ceil_mode { get; }

        public override Tensor forward(Tensor input) => forward_with_indices(input).Values;

        /// <summary>The pooled values and, for each, its position h·W + w within its plane.</summary>
        public (Tensor Values, Tensor Indices) forward_with_indices(Tensor input) =>
            PoolingOps.Max(ToString(), input, kernelSize, strides, paddings, dilations, ceil_mode);

        public override string extra_repr() =>
            $"kernel_size={Repr.Sizes(kernelSize)}, stride={Repr.Sizes(strides)}, padding={Repr.Sizes(paddings)}, " +
            $"dilation={Repr.Sizes(dilations)}, ceil_mode={Repr.Bool(ceil_mode)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.MaxPool2d MaxPool2d(long kernel_size, long? stride = null, long? padding = null, long? dilation = null,
                bool ceil_mode = false) =>
                new([kernel_size], stride is { } s ? [s] : null, [padding ?? 0], [dilation ?? 1], ceil_mode);

            public static Modules.MaxPool2d MaxPool2d((long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null,
                (long, long)? dilation = null, bool ceil_mode = false) =>
                new([kernel_size.Item1, kernel_size.Item2], stride is { } s ? [s.Item1, s.Item2] : null,
                    padding is { } p ? [p.Item1, p.Item2] : null, dilation is { } d ? [d.Item1, d.Item2] : null, ceil_mode);

            public static Modules.MaxPool2d MaxPool2d(long[] kernel_size, long[]? stride = null, long[]? padding = null, long[]? dilation = null,
                bool ceil_mode = false) => new(kernel_size, stride, padding, dilation, ceil_mode);
        }
    }
}
