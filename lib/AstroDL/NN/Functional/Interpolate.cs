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
            /// value for all dimensions or one each), as PyTorch does: Nearest copies input position floor(i / scale);
            /// Linear, Bilinear and Trilinear (for 1, 2 and 3 spatial dimensions) interpolate between the two nearest input
            /// positions, with align_corners mapping the corner pixels' centres onto each other (default false: their
            /// edges); Area averages the input cells each output cell covers (adaptive average pooling). With
            /// scale_factor, the scale is used as given unless recompute_scale_factor. Bicubic is not implemented.
            /// </summary>
            public static Tensor interpolate(Tensor x, long[]? size = null, double[]? scale_factor = null,
                InterpolationMode mode = InterpolationMode.Nearest, bool? align_corners = null, bool recompute_scale_factor = false)
            {
                const string who = "interpolate";
                if (mode == InterpolationMode.Bicubic)
                    throw new NotSupportedException($"{who}: mode Bicubic is not implemented in this kit; use Bilinear, Area or Nearest.");
                bool linear = mode is InterpolationMode.Linear or InterpolationMode.Bilinear or InterpolationMode.Trilinear;
                if (align_corners is not null && !linear)
                    throw new ArgumentException($"{who}: align_corners applies only to the linear modes; leave it null for {mode}.");
                int spatial = (int)x.dim() - 2;
                if (spatial < 1 || spatial > 3)
                    throw new ArgumentException($"{who}: expected an input [N, C, L], [N, C, H, W] or [N, C, D, H, W], got {x.ShapeText}.");
                int modeDims = mode switch { InterpolationMode.Linear => 1, InterpolationMode.Bilinear => 2, _ => 3 };
                if (linear && modeDims != spatial)
                    throw new ArgumentException(
                        $"{who}: mode {mode} is for {modeDims} spatial dimension(s), and the input {x.ShapeText} has {spatial}; " +
                        $"use {(spatial == 1 ? "Linear" : spatial == 2 ? "Bilinear" : "Trilinear")}.");
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
                    y = mode == InterpolationMode.Nearest
                        ? y.index_select(2 + i, NearestSource(input[i], output[i], scales?[i], x.device))
                        : Resample(y, 2 + i, linear
                            ? LinearWeights(input[i], output[i], scales?[i], align_corners ?? false)
                            : AreaWeights(input[i], output[i]));
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

            // Linear and area resampling are linear maps along each dimension: y = x · Wᵀ with W [output, input], so the
            // gradient (Wᵀ's transpose) and every backend come from matmul.
            private static Tensor Resample(Tensor y, int dim, double[,] weights)
            {
                var w = tensor(weights, dtype: y.dtype, device: y.device);
                return y.transpose(dim, -1).matmul(w.t()).transpose(dim, -1);
            }

            /// <summary>PyTorch's source index: (j + ½)·scale − ½ clamped at 0, or j·(in − 1)/(out − 1) with align_corners.</summary>
            private static double[,] LinearWeights(long input, long output, double? scale, bool alignCorners)
            {
                var weights = new double[output, input];
                double step = alignCorners ? (output > 1 ? (input - 1) / (double)(output - 1) : 0) : scale is { } s ? 1 / s : input / (double)output;
                for (long j = 0; j < output; j++)
                {
                    double source = alignCorners ? j * step : Math.Max((j + 0.5) * step - 0.5, 0);
                    long low = Math.Min((long)source, input - 1), high = Math.Min(low + 1, input - 1);
                    double lambda = source - low;
                    weights[j, low] += 1 - lambda;
                    weights[j, high] += lambda;
                }
                return weights;
            }

            /// <summary>Adaptive average pooling's cells: output j averages inputs floor(j·in/out) to ceil((j + 1)·in/out) − 1.</summary>
            private static double[,] AreaWeights(long input, long output)
            {
                var weights = new double[output, input];
                for (long j = 0; j < output; j++)
                {
                    long start = j * input / output, end = ((j + 1) * input + output - 1) / output;
                    for (long k = start; k < end; k++) weights[j, k] = 1.0 / (end - start);
                }
                return weights;
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
