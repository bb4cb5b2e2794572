using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Instance normalization of [N, C, H, W] (or unbatched); see InstanceNorm.</summary>
    public sealed class InstanceNorm2d : InstanceNorm
    {
        internal InstanceNorm2d(long num_features, double eps, double momentum, bool affine, bool track_running_stats, Device? device, ScalarType? dtype)
            : base(nameof(InstanceNorm2d), 2, num_features, eps, momentum, affine, track_running_stats, device, dtype)
        {
        }
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.InstanceNorm2d InstanceNorm2d(long num_features, double eps = 1e-05, double momentum = 0.1, bool affine = false,
                bool track_running_stats = false, Device? device = null, ScalarType? dtype = null) =>
                new(num_features, eps, momentum, affine, track_running_stats, device, dtype);
        }
    }
}
