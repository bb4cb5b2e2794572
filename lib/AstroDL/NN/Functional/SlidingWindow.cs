using AstroDL.Backends;
using AstroDL.Modules;
using static AstroDL.torch;

namespace AstroDL;

/// <summary>
/// What convolutions and pools share: per-dimension arguments, the lift of 1-d and unbatched inputs to [N, C, H, W],
/// and the output size of a sliding window, with errors that name the caller and the shapes.
/// </summary>
internal static class SlidingWindow
{
    /// <summary>A per-dimension argument: null gives the fallback, one value applies to every spatial dimension.</summary>
    public static long[] Expand(string who, string name, long[]? values, int dims, long[] fallback)
    {
        if (values is null) return fallback;
        if (values.Length == 1) return Repeat(values[0], dims);
        if (values.Length != dims)
            throw new ArgumentException($"{who}: {name} needs 1 or {dims} values, got {Repr.Tuple(values)}.");
        return (long[])values.Clone();
    }

    public static long[] Repeat(long value, int dims) => Enumerable.Repeat(value, dims).ToArray();

    public static void CheckPositive(string who, string name, long[] values)
    {
        if (values.Any(v => v <= 0)) throw new ArgumentException($"{who}: {name} must be positive, got {Repr.Tuple(values)}.");
    }

    public static void CheckNotNegative(string who, string name, long[] values)
    {
        if (values.Any(v => v < 0)) throw new ArgumentException($"{who}: {name} cannot be negative, got {Repr.Tuple(values)}.");
    }

    /// <summary>
    /// The input as [N, C, H, W]: a batch of 1 when unbatched ([C, ...]), and H = 1 for 1-d inputs. The caller undoes
    /// it with <see cref="Lower"/>.
    /// </summary>
    public static Tensor Lift(string who, Tensor input, int spatial)
    {
        long rank = input.dim();
        if (rank != spatial + 1 && rank != spatial + 2)
        {
            string sizes = spatial == 1 ? "L" : "H, W";
            string hint = spatial == 2 && rank == 2
                ? " A batch of flat vectors needs reshaping into images first, for example x.view(-1, 1, 28, 28)."
                : "";
            throw new ArgumentException(
                $"{who}: expected a {spatial + 2}-d input [N, C, {sizes}] (or {spatial + 1}-d [C, {sizes}] without a batch), " +
                $"got {input.ShapeText}.{hint}");
        }
        var x = rank == spatial + 1 ? input.unsqueeze(0) : input;
        return spatial == 1 ? x.unsqueeze(2) : x;
    }

    /// <summary>Undoes <see cref="Lift"/> on a result [N, C, OH, OW].</summary>
    public static Tensor Lower(Tensor output, Tensor input, int spatial)
    {
        var y = spatial == 1 ? output.squeeze(2) : output;
        return input.dim() == spatial + 1 ? y.squeeze(0) : y;
    }

    /// <summary>Output length of a window sliding over input + padding (ceil mode keeps a last partial window that starts inside).</summary>
    public static long OutputSize(long input, long kernel, long stride, long padBefore, long padAfter, long dilation, bool ceilMode)
    {
        long span = input + padBefore + padAfter - dilation * (kernel - 1) - 1;
        if (span < 0) return 0;
        long steps = ceilMode ? (span + stride - 1) / stride : span / stride;
        if (ceilMode && steps * stride >= input + padBefore) steps--;
        return steps + 1;
    }

    /// <summary>The window over x, the input lifted to [N, C, H, W] (arguments per spatial dimension, 1-d ones for W only).</summary>
    public static ConvGeometry Geometry(string who, Tensor input, Tensor x, long[] kernel, long[] stride, long[] padBefore, long[] padAfter,
        long[] dilation, bool ceilMode = false)
    {
        // 1-d arguments describe the width; the height is a single row.
        long[] Full(long[] v, long one) => v.Length == 1 ? [one, v[0]] : v;
        long[] k = Full(kernel, 1), s = Full(stride, 1), pb = Full(padBefore, 0), pa = Full(padAfter, 0), d = Full(dilation, 1);
        long outH = OutputSize(x.dims[2], k[0], s[0], pb[0], pa[0], d[0], ceilMode);
        long outW = OutputSize(x.dims[3], k[1], s[1], pb[1], pa[1], d[1], ceilMode);
        if (outH <= 0 || outW <= 0)
        {
            var size = kernel.Length == 1 ? Repr.Tuple([x.dims[3]]) : Repr.Tuple([x.dims[2], x.dims[3]]);
            throw new ArgumentException(
                $"{who}: the input {input.ShapeText} is too small: its size {size} with padding {Repr.Tuple(padBefore)} is smaller than the " +
                $"kernel {Repr.Tuple(kernel)} spread by dilation {Repr.Tuple(dilation)}, so the output would be empty. Use a " +
                "larger input, more padding, or a smaller kernel (check how earlier layers shrink the image).");
        }
        return new ConvGeometry(x.dims[1], x.dims[2], x.dims[3], k[0], k[1], s[0], s[1], pb[0], pb[1], d[0], d[1], outH, outW);
    }
}
