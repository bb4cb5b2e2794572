using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public enum UpsampleMode
    {
        Nearest = 0,
        Linear = 1,
        Bilinear = 2,
        Bicubic = 3,
        Trilinear = 4,
    }

    public enum InterpolationMode
    {
        Nearest = 0,
        Linear = 1,
        Bilinear = 2,
        Bicubic = 3,
        Trilinear = 4,
        Area = 5,
    }

    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Resizes the spatial dimensions of [N, C, L], [N, C, H, W] or [N, C, D, H, W] to size, or by scale_factor (one
            /// value for all dimensions or one each). Only nearest-neighbour resampling is implemented: output position i
            /// copies input position floor(i / scale), with scale = scale_factor unless recompute_scale_factor, else out / in.
            /// </summary>
            public static Tensor interpolate(Tensor x, long[]? size = null, double[]? scale_factor = null,
                InterpolationMode mode = InterpolationMode.Nearest, bool? align_corners = null, bool recompute_scale_factor = false)
            {
                const string who = "interpolate";
                if (mode != InterpolationMode.Nearest)
                    throw new NotSupportedException($"{who}: mode {mode} is not implemented in this kit; use InterpolationMode.Nearest.");
                if (align_corners is not null)
                    throw new ArgumentException($"{who}: align_corners applies only to the linear modes; leave it null for Nearest.");
                int spatial = (int)x.dim() - 2;
                if (spatial < 1 || spatial > 3)
                    throw new ArgumentException($"{who}: expected an input [N, C, L], [N, C, H, W] or [N, C, D, H, W], got {x.ShapeText}.");
                if ((size is null) == (scale_factor is null))
                    throw new ArgumentException($"{who}: give either size or scale_factor (exactly one of them).");
                var input = x.dims[2..];
                var output = size is not null
                    ? SlidingWindow.Expand(who, "size", size, spatial, input)
                    : ScaledSizes(who, input, scale_factor!);
                SlidingWindow.CheckPositive(who, "the output size", output);
                var scales = scale_factor is null || recompute_scale_factor ? null : ExpandScales(who, scale_factor, spatial);
                var y = x;
                for (int i = 0; i < spatial; i++)
                {
                    if (output[i] == input[i] && scales is null) continue;
                    y = y.index_select(2 + i, NearestSource(input[i], output[i], scales?[i], x.device));
                }
                return y;
            }

            private static long[] ScaledSizes(string who, long[] input, double[] scale_factor)
            {
                var scales = ExpandScales(who, scale_factor, input.Length);
                if (scales.Any(s => !(s > 0)))
                    throw new ArgumentException($"{who}: scale_factor must be positive, got ({string.Join(", ", scale_factor)}).");
                return input.Select((n, i) => (long)Math.Floor(n * scales[i])).ToArray();
            }

            private static double[] ExpandScales(string who, double[] scale_factor, int spatial)
            {
                if (scale_factor.Length == 1) return Enumerable.Repeat(scale_factor[0], spatial).ToArray();
                if (scale_factor.Length != spatial)
                    throw new ArgumentException($"{who}: scale_factor needs 1 or {spatial} values, got {scale_factor.Length}.");
                return scale_factor;
            }

            /// <summary>The input position each output position copies, computed in single precision as PyTorch does.</summary>
            private static Tensor NearestSource(long input, long output, double? scale, Device device)
            {
                float step = scale is { } s ? (float)(1.0 / s) : (float)input / output;
                var source = new long[output];
                for (long i = 0; i < output; i++) source[i] = Math.Min((long)MathF.Floor(i * step), input - 1);
                return tensor(source, device: device);
            }
        }
    }
}
