using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Batch normalization of [N, C] features or [N, C, L] sequences, per channel C.</summary>
    public sealed class BatchNorm1d : BatchNorm
    {
        internal BatchNorm1d(long num_features, double eps, double? momentum, bool affine, bool track_running_stats, Device? device, ScalarType? dtype)
            : base(nameof(BatchNorm1d), num_features, eps, momentum, affine, track_running_stats, device, dtype)
        {
        }

        private protected override (long[] ranks, string expected) AcceptedInput => ([2, 3], "[N, C] or [N, C, L]");
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>Batch normalization for [N, C] or [N, C, L] input; momentum null gives a cumulative average.</summary>
            public static Modules.BatchNorm1d BatchNorm1d(long num_features, double eps = 1e-05, double? momentum = 0.1, bool affine = true,
                bool track_running_stats = true, Device? device = null, ScalarType? dtype = null) =>
                new(num_features, eps, momentum, affine, track_running_stats, device, dtype);
        }
    }
}
