using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>The mean over windows along the last dimension of [N, C, L] (stride defaults to kernel_size).</summary>
    public sealed class AvgPool1d : nn.Module<Tensor, Tensor>
    {
        internal AvgPool1d(long kernel_size, long? stride, long padding, bool ceil_mode, bool count_include_pad)
            : base(nameof(AvgPool1d))
        {
            this.kernel_size = kernel_size;
            this.stride = stride;
            this.padding = padding;
            this.ceil_mode = ceil_mode;
            this.count_include_pad = count_include_pad;
        }

        public long kernel_size { get; }

        public long? stride { get; }

        public long padding { get; }

        public bool ceil_mode { get; }

        /// <summary>Whether padding counts (as zeros) in the mean.</summary>
        public bool count_include_pad { get; }

        public override Tensor forward(Tensor input) =>
            PoolingOps.Average(ToString(), input, [kernel_size], [stride ?? kernel_size], [padding], ceil_mode, count_include_pad, null);

        public override string extra_repr() =>
            $"kernel_size={Repr.Tuple([kernel_size])}, stride={Repr.Tuple([stride ?? kernel_size])}, padding={Repr.Tuple([padding])}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.AvgPool1d AvgPool1d(long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false,
                bool count_include_pad = true) => new(kernel_size, stride, padding, ceil_mode, count_include_pad);
        }
    }
}
