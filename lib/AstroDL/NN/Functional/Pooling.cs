using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>The maximum over windows of kernel_size along the last dimension of [N, C, L] (stride defaults to kernel_size).</summary>
            public static Tensor max_pool1d(Tensor input, long kernel_size, long? stride = null, long? padding = null, long? dilation = null,
                bool ceil_mode = false) =>
                max_pool1d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode).output;

            /// <summary>max_pool1d, also returning where each maximum came from (its position along L).</summary>
            public static (Tensor output, Tensor indices) max_pool1d_with_indices(Tensor input, long kernel_size, long? stride = null,
                long? padding = null, long? dilation = null, bool ceil_mode = false) =>
                PoolingOps.Max("max_pool1d", input, [kernel_size], [stride ?? kernel_size], [padding ?? 0], [dilation ?? 1], ceil_mode);

            /// <summary>The maximum over kH x kW windows of [N, C, H, W] (strides default to kernel_size).</summary>
            public static Tensor max_pool2d(Tensor input, long[] kernel_size, long[]? strides = null, long[]? padding = null,
                long[]? dilation = null, bool ceil_mode = false) =>
                max_pool2d_with_indices(input, kernel_size, strides, padding, dilation, ceil_mode).output;

            public static Tensor max_pool2d(Tensor input, long kernel_size, long? stride = null, long? padding = null, long? dilation = null,
                bool ceil_mode = false) =>
                max_pool2d(input, [kernel_size], stride is null ? null : [stride.Value], [padding ?? 0], [dilation ?? 1], ceil_mode);

            public static Tensor max_pool2d(Tensor input, (long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null,
                (long, long)? dilation = null, bool ceil_mode = false) =>
                max_pool2d(input, Pair(kernel_size), Pair(stride), Pair(padding), Pair(dilation), ceil_mode);

            /// <summary>max_pool2d, also returning where each maximum came from (h·W + w within its plane, as PyTorch).</summary>
            public static (Tensor output, Tensor indices) max_pool2d_with_indices(Tensor input, long[] kernel_size, long[]? strides = null,
                long[]? padding = null, long[]? dilation = null, bool ceil_mode = false)
            {
                const string who = "max_pool2d";
                var kernel = SlidingWindow.Expand(who, "kernel_size", kernel_size, 2, [1, 1]);
                return PoolingOps.Max(who, input, kernel, SlidingWindow.Expand(who, "strides", strides, 2, kernel),
                    SlidingWindow.Expand(who, "padding", padding, 2, [0, 0]), SlidingWindow.Expand(who, "dilation", dilation, 2, [1, 1]),
                    ceil_mode);
            }

            /// <summary>The mean over windows of kernel_size along the last dimension of [N, C, L] (stride defaults to kernel_size).</summary>
            public static Tensor avg_pool1d(Tensor input, long kernel_size, long? stride = null, long? padding = null, bool ceil_mode = false,
                bool count_include_pad = true) =>
                PoolingOps.Average("avg_pool1d", input, [kernel_size], [stride ?? kernel_size], [padding ?? 0], ceil_mode, count_include_pad, null);

            /// <summary>
            /// The mean over kH x kW windows of [N, C, H, W]. Padding counts as zeros in the mean when count_include_pad;
            /// divisor_override replaces the window size as divisor.
            /// </summary>
            public static Tensor avg_pool2d(Tensor input, long[] kernel_size, long[]? stride = null, long[]? padding = null,
                bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null)
            {
                const string who = "avg_pool2d";
                var kernel = SlidingWindow.Expand(who, "kernel_size", kernel_size, 2, [1, 1]);
                return PoolingOps.Average(who, input, kernel, SlidingWindow.Expand(who, "stride", stride, 2, kernel),
                    SlidingWindow.Expand(who, "padding", padding, 2, [0, 0]), ceil_mode, count_include_pad, divisor_override);
            }

            public static Tensor avg_pool2d(Tensor input, long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false,
                bool count_include_pad = true, long? divisor_override = null) =>
                avg_pool2d(input, [kernel_size], stride is null ? null : [stride.Value], [padding], ceil_mode, count_include_pad, divisor_override);

            public static Tensor avg_pool2d(Tensor input, (long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null,
                bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null) =>
                avg_pool2d(input, Pair(kernel_size), Pair(stride), Pair(padding), ceil_mode, count_include_pad, divisor_override);

            /// <summary>
            /// The mean over output_size[0] x output_size[1] windows that tile [N, C, H, W] as evenly as possible (window i covers
            /// rows floor(i·H/OH) to ceil((i+1)·H/OH)); output size 1 is global average pooling.
            /// </summary>
            public static Tensor adaptive_avg_pool2d(Tensor input, long[] output_size)
            {
                const string who = "adaptive_avg_pool2d";
                var size = SlidingWindow.Expand(who, "output_size", output_size, 2, [1, 1]);
                SlidingWindow.CheckPositive(who, "output_size", size);
                var x = SlidingWindow.Lift(who, input, 2);
                // Windows are separable: average the rows, then the columns, each a product with a small averaging matrix.
                var rows = PoolingOps.AveragingMatrix(x.dims[2], size[0], input.dtype, input.device);
                var cols = PoolingOps.AveragingMatrix(x.dims[3], size[1], input.dtype, input.device);
                return rows.matmul(input).matmul(cols.t());
            }

            public static Tensor adaptive_avg_pool2d(Tensor input, (long, long) output_size) => adaptive_avg_pool2d(input, Pair(output_size));

            public static Tensor adaptive_avg_pool2d(Tensor input, long output_size) => adaptive_avg_pool2d(input, [output_size]);

            private static long[] Pair((long, long) pair) => [pair.Item1, pair.Item2];

            private static long[]? Pair((long, long)? pair) => pair is { } p ? Pair(p) : null;
        }
    }
}

/// <summary>Max and average pooling with their gradients, for 1-d and 2-d inputs (1-d runs as 2-d with height 1).</summary>
internal static class PoolingOps
{
    public static (torch.Tensor output, torch.Tensor indices) Max(string who, torch.Tensor input, long[] kernel, long[] stride, long[] padding,
        long[] dilation, bool ceilMode)
    {
        CheckWindow(who, kernel, stride, padding);
        SlidingWindow.CheckPositive(who, "dilation", dilation);
        int spatial = kernel.Length;
        var x = SlidingWindow.Lift(who, input, spatial).contiguous();
        var g = SlidingWindow.Geometry(who, input, x, kernel, stride, padding, padding, dilation, ceilMode);
        var y = torch.Tensor.Empty([x.dims[0], x.dims[1], g.OutHeight, g.OutWidth], x.dtype, x.device);
        var indices = torch.Tensor.Empty(y.dims, ScalarType.Int64, x.device);
        x.Backend.MaxPool(x.View, y.View, indices.View, g);
        y = y.WithGrad("max_pool", [x], gy =>
        {
            var gx = torch.zeros(x.dims, x.dtype, x.device);
            gx.Backend.MaxPoolBackward(gy.contiguous().View, indices.View, gx.View);
            return [gx];
        }, indices).FirstOrderOnly();
        return (SlidingWindow.Lower(y, input, spatial), SlidingWindow.Lower(indices, input, spatial));
    }

    public static torch.Tensor Average(string who, torch.Tensor input, long[] kernel, long[] stride, long[] padding, bool ceilMode,
        bool countIncludePad, long? divisorOverride)
    {
        CheckWindow(who, kernel, stride, padding);
        if (divisorOverride is <= 0)
            throw new ArgumentException($"{who}: divisor_override must be positive, got {divisorOverride}.");
        int spatial = kernel.Length;
        var x = SlidingWindow.Lift(who, input, spatial).contiguous();
        var ones = SlidingWindow.Repeat(1, spatial);
        var g = SlidingWindow.Geometry(who, input, x, kernel, stride, padding, padding, ones, ceilMode);
        var y = torch.Tensor.Empty([x.dims[0], x.dims[1], g.OutHeight, g.OutWidth], x.dtype, x.device);
        x.Backend.AvgPool(x.View, y.View, g, countIncludePad, divisorOverride);
        y = y.WithGrad("avg_pool", [x], gy =>
        {
            var gx = torch.zeros(x.dims, x.dtype, x.device);
            gx.Backend.AvgPoolBackward(gy.contiguous().View, gx.View, g, countIncludePad, divisorOverride);
            return [gx];
        }).FirstOrderOnly();
        return SlidingWindow.Lower(y, input, spatial);
    }

    /// <summary>[outputs, inputs] with 1/|window| on each adaptive window: row i averages inputs floor(i·n/m) to ceil((i+1)·n/m).</summary>
    public static torch.Tensor AveragingMatrix(long inputs, long outputs, ScalarType dtype, torch.Device device)
    {
        var weights = new double[outputs * inputs];
        for (long i = 0; i < outputs; i++)
        {
            long start = i * inputs / outputs, end = ((i + 1) * inputs + outputs - 1) / outputs;
            for (long j = start; j < end; j++) weights[i * inputs + j] = 1.0 / (end - start);
        }
        return torch.tensor(weights, [outputs, inputs]).to_type(dtype).to(device);
    }

    /// <summary>PyTorch's limits: positive kernel and stride, and padding at most half the kernel so every window sees the input.</summary>
    private static void CheckWindow(string who, long[] kernel, long[] stride, long[] padding)
    {
        SlidingWindow.CheckPositive(who, "kernel_size", kernel);
        SlidingWindow.CheckPositive(who, "stride", stride);
        SlidingWindow.CheckNotNegative(who, "padding", padding);
        for (int i = 0; i < kernel.Length; i++)
        {
            if (padding[i] > kernel[i] / 2)
                throw new ArgumentException(
                    $"{who}: padding {Repr.Tuple(padding)} must be at most half the kernel_size {Repr.Tuple(kernel)}, so that every " +
                    "window overlaps the input.");
        }
    }
}
