using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Average pooling to a fixed output size whatever the input size (output_size 1 is global average pooling).</summary>
    public sealed class AdaptiveAvgPool2d : nn.Module<Tensor, Tensor>
    {
        private readonly long[] outputSize;

        internal AdaptiveAvgPool2d(long[] output_size)
            : base(nameof(AdaptiveAvgPool2d))
        {
            outputSize = SlidingWindow.Expand(nameof(AdaptiveAvgPool2d), "output_size", output_size, 2, [1, 1]);
            SlidingWindow.CheckPositive(nameof(AdaptiveAvgPool2d), "output_size", outputSize);
        }

        public long[] output_size => (long[])outputSize.Clone();

        public override Tensor forward(Tensor input) => nn.functional.adaptive_avg_pool2d(input, outputSize);

        public override string extra_repr() => $"output_size={Repr.Sizes(outputSize)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.AdaptiveAvgPool2d AdaptiveAvgPool2d(long[] output_size) => new(output_size);

            public static Modules.AdaptiveAvgPool2d AdaptiveAvgPool2d((long, long) output_size) => new([output_size.Item1, output_size.Item2]);

            public static Modules.AdaptiveAvgPool2d AdaptiveAvgPool2d(long output_size) => new([output_size]);
        }
    }
}
