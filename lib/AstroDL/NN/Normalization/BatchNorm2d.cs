using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Batch normalization of [N, C, H, W] images, per channel C (over the batch and all pixels).</summary>
    public sealed class BatchNorm2d : BatchNorm
    {
        internal BatchNorm2d(long num_features, double eps, double? momentum, bool affine, bool track_running_stats, Device? device, ScalarType? dtype)
            : base(nameof(BatchNorm2d), num_features, eps, momentum, affine, track_running_stats, device, dtype)
        {
        }

        private protected override (long[] ranks, string expected) AcceptedInput => ([4], "[N, C, H, W]");
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>Batch normalization for [N, C, H, W] input; momentum null gives a cumulative average.</summary>
            public static Modules.BatchNorm2d BatchNorm2d(long num_features, double eps = 1e-05, double? momentum = 0.1, bool affine = true,
                bool track_running_stats = true, Device? device = null, ScalarType? dtype = null) =>
                new(num_features, eps, momentum, affine, track_running_stats, device, dtype);
        }
    }
}
