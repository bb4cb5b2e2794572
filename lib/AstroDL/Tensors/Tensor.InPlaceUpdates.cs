using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        public Tensor tanh_() => MapInPlace("tanh_", UnaryOp.Tanh, t => t.tanh());

        public Tensor sigmoid_() => MapInPlace("sigmoid_", UnaryOp.Sigmoid, t => t.sigmoid());

        /// <summary>Fills the tensor with draws from U[from, to) (weight initialisation).</summary>
        public Tensor uniform_(double from, double to, Generator? generator = null) =>
            InPlace("uniform_", _ => rand(dims, dtype, device, generator: generator).mul(to - from).add(from));

        /// <summary>Fills the tensor with draws from N(mean, std²).</summary>
        public Tensor normal_(double mean = 0, double std = 1, Generator? generator = null) =>
            InPlace("normal_", _ => randn(dims, dtype, device, generator: generator).mul(std).add(mean));

        public Tensor masked_fill_(Tensor mask, Scalar value) => InPlace("masked_fill_", t => t.masked_fill(mask, value));

        /// <summary>self[indices] = value: basic indices write through the view, index tensors scatter (or add, with accumulate).</summary>
        public Tensor index_put_(Tensor value, TensorIndex[] indices, bool accumulate = false)
        {
            if (indices.All(i => i.Kind == TensorIndex.IndexKind.Tensor)) return index_put_(value, indices.Select(i => i.Tensor!).ToArray(), accumulate);
            if (indices.Any(i => i.Kind == TensorIndex.IndexKind.Tensor))
                throw new NotSupportedException("index_put_: mixing index tensors with slices is not supported; give one index tensor per leading dimension.");
            if (accumulate) this[indices].add_(value);
            else this[indices] = value;
            return this;
        }

        public Tensor index_put_(Tensor value, params TensorIndex[] indices) => index_put_(value, indices, false);

        public Tensor index_put_(Scalar value, params TensorIndex[] indices) => index_put_(ScalarLike(value), indices, false);

        public Tensor index_put_(Tensor value, params Tensor[] indices) => index_put_(value, indices, false);

        public Tensor index_put_(Scalar value, params Tensor[] indices) => index_put_(ScalarLike(value), indices, false);

        public Tensor index_put_(Tensor value, Tensor[] indices, bool accumulate = false)
        {
            if (indices.Length == 1 && indices[0].dtype == ScalarType.Bool)
            {
                var mask = indices[0];
                return InPlace("index_put_", t => accumulate ? t.add(where(mask, value, t.ScalarLike(0))) : where(mask, value.to_type(dtype), t), value);
            }
            if (indices.Length == 0 || indices.Length > dims.Length || indices.Any(i => i.is_floating_point() || i.dtype == ScalarType.Bool))
                throw new ArgumentException($"index_put_: give one int64 index tensor per leading dimension (at most {dims.Length}) or one bool mask.");
            // The leading dimensions are flattened into one, addressed by a linear index.
            var lead = dims.Take(indices.Length).ToArray();
            var rest = dims.Skip(indices.Length).ToArray();
            var linear = indices[0].Wrapped(lead[0]);
            for (int k = 1; k < indices.Length; k++) linear = linear.mul(lead[k]).add(indices[k].Wrapped(lead[k]));
            var flat = linear.flatten();
            var rows = new long[] { flat.numel() }.Concat(rest).ToArray();
            var src = value.to_type(dtype).expand(linear.dims.Concat(rest).ToArray()).reshape(rows);
            var index = flat.view(new long[] { flat.numel() }.Concat(rest.Select(_ => 1L)).ToArray()).expand(rows).contiguous();
            var folded = new long[] { lead.Aggregate(1L, (a, b) => a * b) }.Concat(rest).ToArray();
            return InPlace("index_put_", t =>
            {
                var table = t.reshape(folded);
                return (accumulate ? table.scatter_add(0, index, src) : table.scatter(0, index, src)).reshape(dims);
            }, value);
        }

        /// <summary>An index tensor with negative entries counted from the end of a dimension of the given size.</summary>
        private Tensor Wrapped(long size) => add(lt(0).to_type(ScalarType.Int64).mul(size));
    }
}
