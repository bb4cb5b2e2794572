using System.Numerics;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>
        /// The elements sorted along dim, and where each came from, as torch.sort. NaN sorts above every number (last
        /// ascending, first descending) and equal elements keep their order, so the result is the same with or without
        /// stable. The values are gathered from self, so the gradient flows back to the positions they came from.
        /// </summary>
        public (Tensor values, Tensor indices) sort(long dim = -1, bool descending = false, bool stable = false)
        {
            int d = NormalizeDim(dim, dims.Length, "sort");
            var indices = SortedPositions(d, descending);
            return (gather(d, indices), indices);
        }

        /// <summary>The positions that sort self along dim (the indices of <see cref="sort"/>).</summary>
        public Tensor argsort(long dim = -1, bool descending = false) => SortedPositions(NormalizeDim(dim, dims.Length, "argsort"), descending);

        /// <summary>
        /// The k largest (or, with largest false, smallest) elements along dim, and their positions, as torch.topk; in
        /// sorted order (ties by position), whatever sorted says.
        /// </summary>
        public (Tensor values, Tensor indexes) topk(long k, long dim = -1, bool largest = true, bool sorted = true)
        {
            int d = NormalizeDim(dim, dims.Length, "topk");
            long size = dims.Length == 0 ? 1 : dims[d];
            if (k < 0 || k > size)
                throw new ArgumentException($"topk: k = {k} is out of range for dimension {d} of size {size} in {ShapeText}; it must be in [0, {size}].");
            var positions = SortedPositions(d, descending: largest).narrow(d, 0, k).contiguous();
            return (gather(d, positions), positions);
        }

        /// <summary>
        /// The sorting permutation of every line along dim, as an int64 tensor of self's shape on self's device. The
        /// order is found on the host (a stable sort of each line), so on a GPU this reads the tensor back.
        /// </summary>
        private Tensor SortedPositions(int d, bool descending)
        {
            if (dims.Length == 0) return zeros([], ScalarType.Int64, device);
            using var _ = no_grad();
            long length = dims[d], inner = 1;
            for (int i = d + 1; i < dims.Length; i++) inner *= dims[i];
            var positions = new long[numel()];
            if (dtype == ScalarType.Int64) SortLines(detach().to(CPU).contiguous().data<long>().ToArray(), positions, length, inner, descending);
            else SortLines(detach().to(CPU).to_type(ScalarType.Float64).contiguous().data<double>().ToArray(), positions, length, inner, descending);
            return tensor(positions, dims, device: device);
        }

        /// <summary>For each line (length elements, inner apart), its positions 0..length-1 in sorted order.</summary>
        private static void SortLines<T>(T[] values, long[] positions, long length, long inner, bool descending)
            where T : INumber<T>
        {
            var order = new long[length];
            long lines = values.Length / Math.Max(length, 1) / Math.Max(inner, 1);
            for (long outer = 0; outer < lines; outer++)
            {
                for (long i = 0; i < inner; i++)
                {
                    long start = outer * length * inner + i;
                    for (long p = 0; p < length; p++) order[p] = p;
                    // Array.Sort is not stable: ties are broken by position, which makes it so.
                    Array.Sort(order, (a, b) =>
                    {
                        int c = Compare(values[start + a * inner], values[start + b * inner]);
                        return c != 0 ? (descending ? -c : c) : a.CompareTo(b);
                    });
                    for (long p = 0; p < length; p++) positions[start + p * inner] = order[p];
                }
            }
        }

        /// <summary>The order of PyTorch's sort: numbers by value, NaN above all of them and equal to another NaN.</summary>
        private static int Compare<T>(T a, T b)
            where T : INumber<T>
        {
            bool nanA = T.IsNaN(a), nanB = T.IsNaN(b);
            if (nanA || nanB) return nanA.CompareTo(nanB);
            return a.CompareTo(b);
        }
    }

    /// <summary>See <see cref="Tensor.sort"/>.</summary>
    public static (Tensor values, Tensor indices) sort(Tensor input, long dim = -1, bool descending = false, bool stable = false) =>
        input.sort(dim, descending, stable);

    /// <summary>See <see cref="Tensor.argsort"/>.</summary>
    public static Tensor argsort(Tensor input, long dim = -1, bool descending = false) => input.argsort(dim, descending);

    /// <summary>See <see cref="Tensor.topk"/>.</summary>
    public static (Tensor values, Tensor indexes) topk(Tensor input, long k, long dim = -1, bool largest = true, bool sorted = true) =>
        input.topk(k, dim, largest, sorted);
}
