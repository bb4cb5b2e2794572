using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>The maximum over windows along the last dimension of [N, C, L] (stride defaults to kernel_size).</summary>
    public sealed class MaxPool1d : nn.Module<Tensor, Tensor>
    {
        internal MaxPool1d(long kernel_size, long? stride, long? padding, long? dilation, bool ceil_mode)
            : base(nameof(MaxPool1d))
        {
            this.kernel_size = kernel_size;
            this.stride = stride;
            this.padding = padding;
            this.dilation = dilation;
            this.ceil_mode = ceil_mode;
        }

        public long kernel_size { get; }

        public long? stride { get; }

        public long? padding { get; }

        public long? dilation { get; }

        public bool ceil_mode { get; }

        public override Tensor forward(Tensor input) => forward_with_indices(input).Values;

        /// <summary>The pooled values and, for each, its position along L (what MaxUnpool and visualisations use).</summary>
        public (Tensor Values, Tensor Indices) forward_with_indices(Tensor input) =>
            PoolingOps.Max(ToString(), input, [kernel_size], [stride ?? kernel_size], [padding ?? 0], [dilation ?? 1], ceil_mode);

        public override string extra_repr() =>
            $"kernel_size={kernel_size}, stride={stride ?? kernel_size}, padding={padding ?? 0}, dilation={dilation ?? 1}, " +
            $"ceil_mode={Repr.Bool(ceil_mode)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.MaxPool1d MaxPool1d(long kernel_size, long? stride = null, long? padding = null, long? dilation = null,
                bool ceil_mode = false) => new(kernel_size, stride, padding, dilation, ceil_mode);
        }
    }
}
