namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        // Prefix scans as log2(n) shifted combinations (Hillis–Steele): any backend, gradients for free, O(n log n).

        public Tensor cumsum(long dim, ScalarType? type = null) => Scan("cumsum", dim, type, 0, (a, b) => a.add(b));

        public Tensor cumprod(long dim, ScalarType? type = null) => Scan("cumprod", dim, type, 1, (a, b) => a.mul(b));

        private Tensor Scan(string name, long dim, ScalarType? type, double identity, Func<Tensor, Tensor, Tensor> combine)
        {
            int d = NormalizeDim(dim, dims.Length, name);
            var y = to_type(type ?? SumType(dtype));
            if (dims.Length == 0) return y.clone();
            long n = dims[d];
            for (long shift = 1; shift < n; shift *= 2) y = combine(y, y.Shifted(d, shift, identity));
            return n <= 1 ? y.clone() : y;
        }

        /// <summary>This tensor moved by shift places along d, the vacated front filled with a value.</summary>
        private Tensor Shifted(int d, long shift, double fill)
        {
            var front = (long[])dims.Clone();
            front[d] = shift;
            return cat([full(front, fill, dtype, device), narrow(d, 0, dims[d] - shift)], d);
        }

        /// <summary>The n-th forward difference along dim, after prepend and append are joined on.</summary>
        public Tensor diff(long n = 1, long dim = -1, Tensor? prepend = null, Tensor? append = null)
        {
            int d = NormalizeDim(dim, dims.Length, "diff");
            var y = prepend is null && append is null ? this
                : cat(new[] { prepend, this, append }.OfType<Tensor>().ToArray(), d);
            for (long i = 0; i < n && y.dims[d] > 0; i++)
            {
                long len = y.dims[d] - 1;
                y = y.dtype == ScalarType.Bool ? y.narrow(d, 1, len).logical_xor(y.narrow(d, 0, len)) : y.narrow(d, 1, len).sub(y.narrow(d, 0, len));
            }
            return y;
        }

        /// <summary>Elements shifted cyclically along dims (or over the flattened tensor when no dims are given).</summary>
        public Tensor roll(long shifts, long? dims = null) => dims is { } d ? roll(new[] { shifts }, new[] { d }) : roll(new[] { shifts });

        public Tensor roll((long, long) shifts, (long, long) dims) => roll(new[] { shifts.Item1, shifts.Item2 }, new[] { dims.Item1, dims.Item2 });

        public Tensor roll((long, long, long) shifts, (long, long, long) dims) =>
            roll(new[] { shifts.Item1, shifts.Item2, shifts.Item3 }, new[] { dims.Item1, dims.Item2, dims.Item3 });

        public Tensor roll(ReadOnlySpan<long> shifts, ReadOnlySpan<long> dims = default) =>
            dims.IsEmpty ? roll(shifts.ToArray()) : roll(shifts.ToArray(), dims.ToArray());

        public Tensor roll(long[] shifts) =>
            shifts.Length == 1 ? flatten().roll(shifts, new long[] { 0 }).view(dims)
                : throw new ArgumentException($"roll: {shifts.Length} shifts without dims; give one dim per shift.");

        public Tensor roll(long[] shifts, long[] dims)
        {
            if (shifts.Length != dims.Length)
                throw new ArgumentException($"roll: {shifts.Length} shifts for {dims.Length} dims; give one dim per shift.");
            var y = this;
            for (int i = 0; i < shifts.Length; i++)
            {
                int d = NormalizeDim(dims[i], this.dims.Length, "roll");
                long n = this.dims[d];
                long s = n == 0 ? 0 : ((shifts[i] % n) + n) % n;
                if (s != 0) y = cat([y.narrow(d, n - s, s), y.narrow(d, 0, n - s)], d);
            }
            return ReferenceEquals(y, this) ? clone() : y;
        }

        /// <summary>
        /// A view of all windows of length size taken every step along dimension; the window becomes a new last
        /// dimension (overlapping windows share memory, so write to a copy).
        /// </summary>
        public Tensor unfold(long dimension, long size, long step)
        {
            int d = NormalizeDim(dimension, dims.Length, "unfold");
            long n = dims.Length == 0 ? 1 : dims[d];
            if (size < 0 || size > n || step <= 0)
                throw new ArgumentException($"unfold: a window of {size} every {step} does not fit dimension {d} of size {n} (needs 0 ≤ size ≤ {n}, step > 0).");
            if (dims.Length == 0) return view(1);
            long windows = (n - size) / step + 1;
            var shape = dims.Append(size).ToArray();
            var newStrides = strides.Append(strides[d]).ToArray();
            shape[d] = windows;
            newStrides[d] = strides[d] * step;
            var source = dims;
            return ViewOf("unfold", 0, shape, newStrides, g => UnfoldBackward(g, source, d, size, step));
        }

        /// <summary>Adds every window's gradient back at the positions it was read from (windows may overlap).</summary>
        private static Tensor UnfoldBackward(Tensor g, long[] source, int d, long size, long step)
        {
            long windows = g.dims[d];
            // [.., windows, .., size] → [.., windows·size, ..]: the window axis sits just after d.
            var order = Enumerable.Range(0, g.dims.Length - 1).Select(i => (long)i).ToList();
            order.Insert(d + 1, g.dims.Length - 1);
            var moved = g.permute(order.ToArray());
            var merged = moved.reshape(source.Take(d).Append(windows * size).Concat(source.Skip(d + 1)).ToArray());
            var positions = arange(windows, ScalarType.Int64, g.device).mul(step).unsqueeze(1).add(arange(size, ScalarType.Int64, g.device)).flatten();
            var shape = Enumerable.Repeat(1L, source.Length).ToArray();
            shape[d] = windows * size;
            var index = positions.view(shape).expand(merged.dims).contiguous();
            return zeros(source, g.dtype, g.device).scatter_add(d, index, merged);
        }
    }

    public static Tensor cumsum(Tensor input, long dim, ScalarType? type = null) => input.cumsum(dim, type);
    public static Tensor cumprod(Tensor input, long dim, ScalarType? type = null) => input.cumprod(dim, type);
    public static Tensor diff(Tensor input, long n = 1, long dim = -1, Tensor? prepend = null, Tensor? append = null) => input.diff(n, dim, prepend, append);
    public static Tensor roll(Tensor input, long shifts, long? dims = null) => input.roll(shifts, dims);
    public static Tensor roll(Tensor input, (long, long) shifts, (long, long) dims) => input.roll(shifts, dims);
    public static Tensor roll(Tensor input, (long, long, long) shifts, (long, long, long) dims) => input.roll(shifts, dims);
    public static Tensor roll(Tensor input, long[] shifts, long[] dims) => input.roll(shifts, dims);
    public static Tensor roll(Tensor input, long[] shifts) => input.roll(shifts);
    public static Tensor roll(Tensor input, ReadOnlySpan<long> shifts, ReadOnlySpan<long> dims = default) => input.roll(shifts, dims);
}
