namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>The lower median of all elements (PyTorch's: for an even count, the smaller of the middle two).</summary>
        public Tensor median() => flatten().median(0).values;

        /// <summary>The lower median along dim and its position (the gradient goes to that element).</summary>
        public (Tensor values, Tensor indices) median(long dim, bool keepdim = false)
        {
            int d = NormalizeDim(dim, dims.Length, "median");
            if (dims.Length > 0 && dims[d] == 0) throw new ArgumentException($"median: dimension {d} of {ShapeText} is empty.");
            var (sorted, order) = sort(d);
            long middle = dims.Length == 0 ? 0 : (dims[d] - 1) / 2;
            var values = sorted.narrow(d, middle, 1);
            var indices = order.narrow(d, middle, 1);
            return keepdim || dims.Length == 0 ? (values, indices) : (values.squeeze(d), indices.squeeze(d));
        }

        /// <summary>
        /// The q-quantiles along dim with linear interpolation between the sorted neighbours (PyTorch's default).
        /// A 1-d q puts its dimension first in the result.
        /// </summary>
        public Tensor quantile(Tensor q, long dim = -1, bool keepdim = false)
        {
            if (q.dims.Length > 1) throw new ArgumentException($"quantile: q must be a scalar or 1-d tensor, got {q.ShapeText}.");
            if (!is_floating_point()) throw new ArgumentException($"quantile: needs a floating point input, got {dtype.Name()}.");
            var levels = q.to_type(ScalarType.Float64).flatten();
            if (levels.lt(0).logical_or(levels.gt(1)).any().ToBoolean()) throw new ArgumentException("quantile: q values must lie in [0, 1].");
            int d = NormalizeDim(dim, dims.Length, "quantile");
            var x = dims.Length == 0 ? view(1) : this;
            var sorted = x.sort(d).values;
            var position = levels.mul(x.dims[d] - 1);
            var below = position.floor();
            var shape = Enumerable.Repeat(1L, x.dims.Length).ToArray();
            shape[d] = levels.numel();
            var weight = position.sub(below).to_type(dtype).view(shape);
            var low = sorted.index_select(d, below.to_type(ScalarType.Int64));
            var high = sorted.index_select(d, position.ceil().to_type(ScalarType.Int64));
            var y = low.add(weight.mul(high.sub(low)));
            // The quantile axis moves to the front; keepdim leaves a 1 where the reduced axis was.
            var order = new List<long> { d };
            order.AddRange(Enumerable.Range(0, x.dims.Length).Where(i => i != d).Select(i => (long)i));
            y = y.permute(order.ToArray());
            if (keepdim) y = y.unsqueeze(d + 1);
            else if (dims.Length == 0) y = y.squeeze(1);
            return q.dims.Length == 0 ? y.squeeze(0) : y;
        }
    }

    public static Tensor median(Tensor input) => input.median();
    public static Tensor quantile(Tensor input, Tensor q, long dim = -1, bool keepdim = false) => input.quantile(q, dim, keepdim);
}
