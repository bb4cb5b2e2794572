using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Max pooling of [N, C, H, W] to a fixed output size whatever H and W.</summary>
    public sealed class AdaptiveMaxPool2d : nn.Module<Tensor, Tensor>
    {
        private readonly long[] outputSize;

        internal AdaptiveMaxPool2d(long[] output_size)
            : base(nameof(AdaptiveMaxPool2d))
        {
            outputSize = SlidingWindow.Expand(nameof(AdaptiveMaxPool2d), "output_size", output_size, 2, [1, 1]);
            SlidingWindow.CheckPositive(nameof(AdaptiveMaxPool2d), "output_size", outputSize);
        }

        public long[] output_size => (long[])outputSize.Clone();

        public override Tensor forward(Tensor input) => nn.functional.adaptive_max_pool2d(input, outputSize);

        public override string extra_repr() => $"output_size={Repr.Sizes(outputSize)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.AdaptiveMaxPool2d AdaptiveMaxPool2d(long[] output_size) => new(output_size);

            public static partial class functional
            {
                /// <summary>The maximum over output_size[0] x output_size[1] windows that tile [N, C, H, W] or [C, H, W] as evenly as possible.</summary>
                public static Tensor adaptive_max_pool2d(Tensor input, long[] output_size)
                {
                    const string who = "adaptive_max_pool2d";
                    var size = SlidingWindow.Expand(who, "output_size", output_size, 2, [1, 1]);
                    SlidingWindow.CheckPositive(who, "output_size", size);
                    AdaptiveWindows.CheckInput(who, input, 2);
                    return AdaptiveWindows.Max(AdaptiveWindows.Max(input, -1, size[1]), -2, size[0]);
                }
            }
        }
    }
}
