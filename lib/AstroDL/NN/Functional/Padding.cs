using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Pads the last dimensions: pad lists (before, after) sizes starting from the last dimension, as in PyTorch. Constant
            /// (and Zeros) fill with value and accept negative sizes, which crop; Reflect mirrors without repeating the edge,
            /// Replicate repeats the edge, Circular wraps around.
            /// </summary>
            public static Tensor pad(Tensor input, long[] pad, PaddingModes mode = PaddingModes.Constant, double value = 0)
            {
                if (pad.Length % 2 != 0 || pad.Length / 2 > input.dim())
                    throw new ArgumentException(
                        $"pad: {Repr.Tuple(pad)} must hold a (before, after) pair per padded dimension, starting from the last, " +
                        $"for at most the {input.dim()} dimensions of the input {input.ShapeText}.");
                var y = input;
                for (int i = 0; i < pad.Length / 2; i++)
                {
                    int dim = (int)input.dim() - 1 - i;
                    long before = pad[2 * i], after = pad[2 * i + 1];
                    if (before == 0 && after == 0) continue;
                    y = mode is PaddingModes.Constant or PaddingModes.Zeros
                        ? PadConstant(y, dim, before, after, mode == PaddingModes.Zeros ? 0 : value)
                        : y.index_select(dim, PadSource(mode, y, dim, before, after));
                }
                return y;
            }

            public static Tensor pad(Tensor input, (long, long) pad, PaddingModes mode = PaddingModes.Constant, double value = 0) =>
                functional.pad(input, [pad.Item1, pad.Item2], mode, value);

            public static Tensor pad(Tensor input, (long, long, long, long) pad, PaddingModes mode = PaddingModes.Constant, double value = 0) =>
                functional.pad(input, [pad.Item1, pad.Item2, pad.Item3, pad.Item4], mode, value);

            /// <summary>The same size on both sides of every dimension.</summary>
            public static Tensor pad(Tensor input, long pad, PaddingModes mode = PaddingModes.Constant, double value = 0) =>
                functional.pad(input, Enumerable.Repeat(pad, (int)input.dim() * 2).ToArray(), mode, value);

            private static Tensor PadConstant(Tensor x, int dim, long before, long after, double value)
            {
                long cropBefore = Math.Max(-before, 0), cropAfter = Math.Max(-after, 0);
                if (cropBefore + cropAfter > x.dims[dim])
                    throw new ArgumentException(
                        $"pad: cropping {cropBefore} + {cropAfter} elements from dimension {dim} of size {x.dims[dim]} leaves nothing.");
                var y = cropBefore + cropAfter > 0 ? x.narrow(dim, cropBefore, x.dims[dim] - cropBefore - cropAfter) : x;
                Tensor Fill(long size)
                {
                    var shape = (long[])y.dims.Clone();
                    shape[dim] = size;
                    return full(shape, value, y.dtype, y.device);
                }
                var pieces = new List<Tensor>();
                if (before > 0) pieces.Add(Fill(before));
                pieces.Add(y);
                if (after > 0) pieces.Add(Fill(after));
                return pieces.Count == 1 ? y : cat(pieces, dim);
            }

            /// <summary>For each padded position along dim, the input position it copies.</summary>
            private static Tensor PadSource(PaddingModes mode, Tensor x, int dim, long before, long after)
            {
                long size = x.dims[dim];
                long limit = mode switch { PaddingModes.Reflect => size - 1, PaddingModes.Circular => size, _ => long.MaxValue };
                if (before < 0 || after < 0 || size == 0 || before > limit || after > limit)
                    throw new ArgumentException(
                        $"pad: {mode} padding ({before}, {after}) does not fit dimension {dim} of the input {x.ShapeText}: sizes " +
                        "must not be negative" + (limit == long.MaxValue ? "" : $" and at most {limit}") + ".");
                var source = new long[size + before + after];
                for (long i = 0; i < source.Length; i++)
                {
                    long p = i - before;
                    source[i] = mode switch
                    {
                        PaddingModes.Reflect => p < 0 ? -p : p >= size ? 2 * (size - 1) - p : p,
                        PaddingModes.Replicate => Math.Clamp(p, 0, size - 1),
                        _ => ((p % size) + size) % size,
                    };
                }
                return tensor(source, device: x.device);
            }
        }
    }
}
