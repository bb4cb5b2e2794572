using System.Globalization;
using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Resizes [N, C, L], [N, C, H, W] or [N, C, D, H, W] to a size or by a scale factor (nearest neighbour).</summary>
    public sealed class Upsample : nn.Module<Tensor, Tensor>
    {
        private readonly long[]? sizes;
        private readonly double[]? scales;

        internal Upsample(long[]? size, double[]? scale_factor, UpsampleMode mode, bool? align_corners, bool? recompute_scale_factor)
            : base(nameof(Upsample))
        {
            if ((size is null) == (scale_factor is null))
                throw new ArgumentException("Upsample: give either size or scale_factor (exactly one of them).");
            sizes = (long[]?)size?.Clone();
            scales = (double[]?)scale_factor?.Clone();
            this.mode = mode;
            this.align_corners = align_corners;
            this.recompute_scale_factor = recompute_scale_factor;
        }

        public long[]? size => (long[]?)sizes?.Clone();

        public double[]? scale_factor => (double[]?)scales?.Clone();

        public UpsampleMode mode { get; }

        public bool? align_corners { get; }

        public bool? recompute_scale_factor { get; }

        public override Tensor forward(Tensor input) =>
            nn.functional.interpolate(input, sizes, scales, (InterpolationMode)mode, align_corners, recompute_scale_factor ?? false);

        public override string extra_repr()
        {
            var what = scales is not null
                ? "scale_factor=" + (scales.Length == 1 ? Repr.Float(scales[0]) : "(" + string.Join(", ", scales.Select(Repr.Float)) + ")")
                : "size=" + Repr.Sizes(sizes!);
            return $"{what}, mode={mode.ToString().ToLower(CultureInfo.InvariantCulture)}";
        }
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Upsample Upsample(long[]? size = null, double[]? scale_factor = null, UpsampleMode mode = UpsampleMode.Nearest,
                bool? align_corners = null, bool? recompute_scale_factor = null) =>
                new(size, scale_factor, mode, align_corners, recompute_scale_factor);
        }
    }
}
