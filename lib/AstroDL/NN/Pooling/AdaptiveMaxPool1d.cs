using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Max pooling of [N, C, L] to a fixed length whatever L.</summary>
    public sealed class AdaptiveMaxPool1d : nn.Module<Tensor, Tensor>
    {
        internal AdaptiveMaxPool1d(long output_size)
            : base(nameof(AdaptiveMaxPool1d))
        {
            AdaptiveWindows.CheckSize(nameof(AdaptiveMaxPool1d), output_size);
            this.output_size = output_size;
        }

        public long output_size { get; }

        public override Tensor forward(Tensor input) => nn.functional.adaptive_max_pool1d(input, output_size);

        public override string extra_repr() => $"output_size={output_size}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.AdaptiveMaxPool1d AdaptiveMaxPool1d(long output_size) => new(output_size);

            public static partial class functional
            {
                /// <summary>The maximum over output_size windows that tile the last dimension of [N, C, L] or [C, L] as evenly as possible.</summary>
                public static Tensor adaptive_max_pool1d(Tensor input, long output_size)
                {
                    const string who = "adaptive_max_pool1d";
                    AdaptiveWindows.CheckInput(who, input, 1);
                    AdaptiveWindows.CheckSize(who, output_size);
                    return AdaptiveWindows.Max(input, -1, output_size);
                }
            }
        }
    }
}
