using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        // Views share storage with their source; their gradient is the inverse rearrangement of the output gradient.

        private Tensor ViewOf(string op, long offsetDelta, long[] shape, long[] newStrides, Func<Tensor, Tensor> backward)
        {
            var y = new Tensor(storage, offset + offsetDelta, shape, newStrides);
            return y.WithGrad(op, [this], g => [backward(g)]);
        }

        /// <summary>The same data with another shape; one size may be -1 (inferred). Needs a layout that allows it (see reshape).</summary>
        public Tensor view(params long[] shape)
        {
            var target = InferShape("view", shape);
            var viewStrides = TryViewStrides(target) ?? throw new InvalidOperationException(
                $"view: a {ShapeText} tensor with strides {Layout.Format(strides)} cannot be viewed as {Layout.Format(target)} " +
                "without copying. Use reshape(), or call contiguous() first.");
            var source = dims;
            return ViewOf("view", 0, target, viewStrides, g => g.reshape(source));
        }

        /// <summary>Like view(), but copies when the layout does not allow a view.</summary>
        public Tensor reshape(params long[] shape)
        {
            var target = InferShape("reshape", shape);
            return TryViewStrides(target) is null ? contiguous().view(target) : view(target);
        }

        public Tensor view_as(Tensor other) => view(other.dims);

        public Tensor reshape_as(Tensor other) => reshape(other.dims);

        public Tensor flatten(long start_dim = 0, long end_dim = -1)
        {
            if (dims.Length == 0) return reshape(1);
            int s = NormalizeDim(start_dim, dims.Length, "flatten"), e = NormalizeDim(end_dim, dims.Length, "flatten");
            if (s > e) throw new ArgumentException($"flatten: start_dim {start_dim} comes after end_dim {end_dim}.");
            var shape = new List<long>();
            for (int i = 0; i < s; i++) shape.Add(dims[i]);
            long merged = 1;
            for (int i = s; i <= e; i++) merged *= dims[i];
            shape.Add(merged);
            for (int i = e + 1; i < dims.Length; i++) shape.Add(dims[i]);
            return reshape(shape.ToArray());
        }

        public Tensor unflatten(long dim, params long[] sizes)
        {
            int d = NormalizeDim(dim, dims.Length, "unflatten");
            var shape = dims.Take(d).Concat(sizes).Concat(dims.Skip(d + 1)).ToArray();
            return reshape(shape);
        }

        public Tensor contiguous()
        {
            if (is_contiguous()) return this;
            var y = Empty(dims, dtype, device);
            Backend.Copy(View, y.View);
            return y.WithGrad("contiguous", [this], g => [g]);
        }

        public Tensor clone()
        {
            var y = Empty(dims, dtype, device);
            Backend.Copy(View, y.View);
            return y.WithGrad("clone", [this], g => [g]);
        }

        public Tensor permute(params long[] permutation)
        {
            if (permutation.Length != dims.Length)
                throw new ArgumentException($"permute: {permutation.Length} dimensions given for a {ShapeText} tensor.");
            var shape = new long[dims.Length];
            var newStrides = new long[dims.Length];
            var inverse = new long[dims.Length];
            inverse.AsSpan().Fill(-1);
            for (int i = 0; i < dims.Length; i++)
            {
                int from = NormalizeDim(permutation[i], dims.Length, "permute");
                if (inverse[from] >= 0) throw new ArgumentException($"permute: ({string.Join(", ", permutation)}) repeats a dimension.");
                inverse[from] = i;
                shape[i] = dims[from];
                newStrides[i] = strides[from];
            }
            return ViewOf("permute", 0, shape, newStrides, g => g.permute(inverse));
        }

        public Tensor transpose(long dim0, long dim1)
        {
            int a = NormalizeDim(dim0, dims.Length, "transpose"), b = NormalizeDim(dim1, dims.Length, "transpose");
            if (dims.Length == 0) return this;
            var shape = (long[])dims.Clone();
            var newStrides = (long[])strides.Clone();
            (shape[a], shape[b]) = (shape[b], shape[a]);
            (newStrides[a], newStrides[b]) = (newStrides[b], newStrides[a]);
            return ViewOf("transpose", 0, shape, newStrides, g => g.transpose(a, b));
        }

        /// <summary>Swaps the two dimensions of a matrix (a 0-d or 1-d tensor is returned as is).</summary>
        public Tensor t()
        {
            if (dims.Length > 2) throw new ArgumentException($"t() expects a tensor with at most 2 dimensions, got {ShapeText}; use transpose(dim0, dim1).");
            return dims.Length < 2 ? this : transpose(0, 1);
        }

        public Tensor T => dims.Length < 2 ? this : permute(Enumerable.Range(0, dims.Length).Reverse().Select(i => (long)i).ToArray());

        public Tensor mT => transpose(-2, -1);

        public Tensor unsqueeze(long dim)
        {
            int d = NormalizeDim(dim, dims.Length + 1, "unsqueeze");
            var shape = dims.ToList();
            var st = strides.ToList();
            shape.Insert(d, 1);
            st.Insert(d, d < strides.Length ? strides[d] * dims[d] : 1);
            var source = dims;
            return ViewOf("unsqueeze", 0, shape.ToArray(), st.ToArray(), g => g.reshape(source));
        }

        public Tensor squeeze()
        {
            var keep = Enumerable.Range(0, dims.Length).Where(i => dims[i] != 1).ToArray();
            var source = dims;
            return ViewOf("squeeze", 0, keep.Select(i => dims[i]).ToArray(), keep.Select(i => strides[i]).ToArray(), g => g.reshape(source));
        }

        public Tensor squeeze(long dim)
        {
            if (dims.Length == 0) return this;
            int d = NormalizeDim(dim, dims.Length, "squeeze");
            if (dims[d] != 1) return this;
            var source = dims;
            return ViewOf("squeeze", 0, dims.Where((_, i) => i != d).ToArray(), strides.Where((_, i) => i != d).ToArray(), g => g.reshape(source));
        }

        /// <summary>A view repeating size-1 dimensions to the given sizes (-1 keeps a size); nothing is copied.</summary>
        public Tensor expand(params long[] sizes)
        {
            if (sizes.Length < dims.Length)
                throw new ArgumentException($"expand: {Layout.Format(sizes)} has fewer dimensions than the tensor {ShapeText}.");
            int lead = sizes.Length - dims.Length;
            var shape = new long[sizes.Length];
            for (int i = 0; i < sizes.Length; i++)
            {
                long own = i < lead ? 1 : dims[i - lead];
                shape[i] = sizes[i] == -1 ? own : sizes[i];
                if (own != 1 && own != shape[i])
                    throw new ArgumentException($"expand: the tensor {ShapeText} cannot be expanded to {Layout.Format(sizes)} (only size-1 dimensions can grow).");
            }
            var source = dims;
            return ViewOf("expand", 0, shape, Layout.BroadcastStrides(dims, strides, shape), g => SumTo(g, source));
        }

        public Tensor expand_as(Tensor other) => expand(other.dims);

        /// <summary>The slice [start, start + length) of one dimension.</summary>
        public Tensor narrow(long dim, long start, long length)
        {
            int d = NormalizeDim(dim, dims.Length, "narrow");
            if (start < 0) start += dims[d];
            if (start < 0 || length < 0 || start + length > dims[d])
                throw new ArgumentOutOfRangeException(nameof(start),
                    $"narrow: [{start}, {start + length}) is outside dimension {d} of size {dims[d]} (tensor {ShapeText}).");
            return Slice(d, start, start + length, 1);
        }

        /// <summary>Elements start, start+step, ... below stop along one dimension.</summary>
        internal Tensor Slice(int d, long start, long stop, long step)
        {
            var shape = (long[])dims.Clone();
            var st = (long[])strides.Clone();
            shape[d] = Math.Max(0, (stop - start + step - 1) / step);
            st[d] = strides[d] * step;
            var source = dims;
            return ViewOf("slice", start * strides[d], shape, st, g =>
            {
                var full = zeros(source, g.dtype, g.device);
                full.Slice(d, start, stop, step).AddInto(g);
                return full;
            });
        }

        /// <summary>The sub-tensor at one index of a dimension (that dimension removed).</summary>
        public Tensor select(long dim, long index)
        {
            int d = NormalizeDim(dim, dims.Length, "select");
            if (index < -dims[d] || index >= dims[d])
                throw new IndexOutOfRangeException($"select: index {index} is out of range for dimension {d} of size {dims[d]} (tensor {ShapeText}).");
            if (index < 0) index += dims[d];
            return narrow(d, index, 1).squeeze(d);
        }

        /// <summary>Adds g into this view's elements without recording (used by gradients of slicing).</summary>
        internal void AddInto(Tensor g) => Backend.Binary(BinaryOp.Add, View, g.to_type(dtype).BroadcastView(dims), View);

        private long[] InferShape(string op, long[] shape)
        {
            var result = (long[])shape.Clone();
            int unknown = Array.IndexOf(result, -1L);
            long known = 1;
            for (int i = 0; i < result.Length; i++)
                if (i != unknown) known *= result[i];
            long count = numel();
            if (unknown >= 0)
            {
                if (known == 0 || count % known != 0)
                    throw new ArgumentException($"{op}: shape {Layout.Format(shape)} is invalid for a tensor of {count} elements {ShapeText}.");
                result[unknown] = count / known;
            }
            else if (known != count)
            {
                throw new ArgumentException($"{op}: shape {Layout.Format(shape)} is invalid for a tensor of {count} elements {ShapeText}.");
            }
            return result;
        }

        /// <summary>Strides for viewing this tensor as <paramref name="target"/> without copying, or null (PyTorch's computeStride).</summary>
        private long[]? TryViewStrides(long[] target)
        {
            if (is_contiguous()) return Layout.ContiguousStrides(target);
            var result = new long[target.Length];
            int viewDim = target.Length - 1;
            long chunkBase = strides.Length == 0 ? 1 : strides[^1];
            long tensorElements = 1, viewElements = 1;
            for (int d = dims.Length - 1; d >= 0; d--)
            {
                tensorElements *= dims[d];
                if (d == 0 || (dims[d - 1] != 1 && strides[d - 1] != tensorElements * chunkBase))
                {
                    while (viewDim >= 0 && (viewElements < tensorElements || target[viewDim] == 1))
                    {
                        result[viewDim] = viewElements * chunkBase;
                        viewElements *= target[viewDim];
                        viewDim--;
                    }
                    if (viewElements != tensorElements) return null;
                    if (d > 0)
                    {
                        chunkBase = strides[d - 1];
                        tensorElements = 1;
                        viewElements = 1;
                    }
                }
            }
            return viewDim == -1 ? result : null;
        }
    }
}
