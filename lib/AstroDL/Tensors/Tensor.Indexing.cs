using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>out[i][j] = self[i][index[i][j]] along dim (for dim = 1), as torch.gather.</summary>
        public Tensor gather(long dim, Tensor index)
        {
            int d = NormalizeDim(dim, dims.Length, "gather");
            CheckIndex("gather", index, d);
            var y = Empty(index.dims, dtype, device);
            Backend.Gather(View, d, index.View, y.View);
            var source = dims;
            return y.WithGrad("gather", [this], g => [zeros(source, g.dtype, g.device).scatter_add(d, index, g)], index);
        }

        /// <summary>A copy of self with src added at the positions index names along dim.</summary>
        public Tensor scatter_add(long dim, Tensor index, Tensor src)
        {
            int d = NormalizeDim(dim, dims.Length, "scatter_add");
            CheckIndex("scatter_add", index, d);
            if (!src.dims.AsSpan().SequenceEqual(index.dims))
                throw new ArgumentException($"scatter_add: src {src.ShapeText} must have the index's shape {index.ShapeText}.");
            var y = clone().detach();
            Backend.ScatterAdd(src.to_type(dtype).View, d, index.View, y.View);
            return y.WithGrad("scatter_add", [this, src], g => [g, g.gather(d, index)], index);
        }

        /// <summary>A copy of self with src written at the positions index names along dim.</summary>
        public Tensor scatter(long dim, Tensor index, Tensor src)
        {
            using var _ = no_grad();
            int d = NormalizeDim(dim, dims.Length, "scatter");
            var ones = ones_like(src, ScalarType.Int64);
            var hit = zeros(dims, ScalarType.Int64, device).scatter_add(d, index, ones).gt(0);
            var values = zeros(dims, dtype, device).scatter_add(d, index, src);
            return where(hit, values, this);
        }

        private void CheckIndex(string op, Tensor index, int d)
        {
            if (index.dtype != ScalarType.Int64)
                throw new ArgumentException($"{op}: the index must be an int64 tensor, got {index.dtype.Name()}.");
            if (index.dims.Length != dims.Length)
                throw new ArgumentException($"{op}: the index {index.ShapeText} must have as many dimensions as the tensor {ShapeText}.");
            for (int i = 0; i < dims.Length; i++)
            {
                if (i != d && index.dims[i] > dims[i])
                    throw new ArgumentException($"{op}: the index {index.ShapeText} is larger than the tensor {ShapeText} in dimension {i}.");
            }
        }

        /// <summary>The entries at the given positions along dim (index is a 1-d int64 tensor).</summary>
        public Tensor index_select(long dim, Tensor index)
        {
            int d = NormalizeDim(dim, dims.Length, "index_select");
            if (index.dims.Length > 1 || index.dtype != ScalarType.Int64)
                throw new ArgumentException($"index_select: the index must be a 1-d int64 tensor, got {index.dtype.Name()} {index.ShapeText}.");
            var shape = (long[])dims.Clone();
            shape[d] = index.numel();
            var y = Empty(shape, dtype, device);
            Backend.IndexSelect(View, d, index.View, y.View);
            var source = dims;
            return y.WithGrad("index_select", [this], g =>
            {
                var full = zeros(source, g.dtype, g.device);
                full.Backend.IndexAdd(g.contiguous().View, d, index.View, full.View);
                return [full];
            }, index).FirstOrderOnly();
        }

        /// <summary>A copy with value written where mask is true.</summary>
        public Tensor masked_fill(Tensor mask, Scalar value) => where(mask, Choose(ones_like(this, ScalarType.Bool), value, value, this), this);

        /// <summary>The elements where mask is true, as a 1-d tensor.</summary>
        public Tensor masked_select(Tensor mask) => flatten().index_select(0, tensor(FlatNonzero(mask.expand(dims)), device: device));

        /// <summary>The indices of the non-zero elements in row-major order, one row each: int64 [count, ndim].</summary>
        public Tensor nonzero()
        {
            var flat = FlatNonzero(this);
            var rows = new long[flat.Length * dims.Length];
            for (int r = 0; r < flat.Length; r++)
            {
                long rest = flat[r];
                for (int d = dims.Length - 1; d >= 0; d--)
                {
                    rows[r * dims.Length + d] = rest % dims[d];
                    rest /= dims[d];
                }
            }
            return tensor(rows, [flat.Length, dims.Length], device: device);
        }

        /// <summary>The row-major positions of the non-zero elements of <paramref name="values"/>.</summary>
        private static long[] FlatNonzero(Tensor values)
        {
            var m = values.to_type(ScalarType.Bool).contiguous().data<byte>().ToArray();
            var positions = new List<long>();
            for (long i = 0; i < m.Length; i++) if (m[i] != 0) positions.Add(i);
            return positions.ToArray();
        }

        // ---- x[...] indexing with TorchSharp's TensorIndex (longs, ranges, Ellipsis, None, bool or index tensors) ----

        public Tensor this[params TensorIndex[] indices]
        {
            get => Index(indices);
            set
            {
                var target = Index(indices);
                if (!ReferenceEquals(target.storage, storage))
                    throw new NotSupportedException("Assignment through a tensor index (x[mask] = v) is not supported; use masked_fill or where.");
                target.copy_(value);
            }
        }

        private Tensor Index(TensorIndex[] indices)
        {
            var x = this;
            int dim = 0;
            int ellipsisSpan = dims.Length - indices.Count(i => i.Kind is not (TensorIndex.IndexKind.None or TensorIndex.IndexKind.Ellipsis));
            foreach (var index in indices)
            {
                switch (index.Kind)
                {
                    case TensorIndex.IndexKind.Single:
                        if (dim >= x.dims.Length) throw new IndexOutOfRangeException($"Too many indices for a tensor {ShapeText}.");
                        x = x.select(dim, index.Start!.Value);
                        break;
                    case TensorIndex.IndexKind.Slice:
                        if (dim >= x.dims.Length) throw new IndexOutOfRangeException($"Too many indices for a tensor {ShapeText}.");
                        var (start, stop) = index.Resolve(x.dims[dim]);
                        x = x.Slice(dim, start, Math.Max(start, stop), index.Step);
                        dim++;
                        break;
                    case TensorIndex.IndexKind.Ellipsis:
                        dim += ellipsisSpan;
                        break;
                    case TensorIndex.IndexKind.None:
                        x = x.unsqueeze(dim);
                        dim++;
                        break;
                    case TensorIndex.IndexKind.Tensor:
                        var t = index.Tensor!;
                        if (t.dtype == ScalarType.Bool)
                        {
                            if (dim != 0 || !t.dims.AsSpan().SequenceEqual(x.dims.AsSpan(0, t.dims.Length)))
                                throw new ArgumentException($"A boolean mask {t.ShapeText} must match the leading dimensions of the tensor {x.ShapeText}.");
                            var flatMask = t.flatten().to_type(ScalarType.Bool).data<byte>().ToArray();
                            var rows = new List<long>();
                            for (long i = 0; i < flatMask.Length; i++) if (flatMask[i] != 0) rows.Add(i);
                            var merged = x.reshape([-1, .. x.dims[t.dims.Length..]]);
                            x = merged.index_select(0, tensor(rows.ToArray(), device: device));
                            dim = 1;
                        }
                        else
                        {
                            x = x.index_select(dim, t.flatten()).unflatten(dim, t.dims.Length == 0 ? [] : t.dims);
                            dim += t.dims.Length;
                        }
                        break;
                }
            }
            return x;
        }
    }
}

/// <summary>One entry of a tensor index: a position, a slice (C# ranges convert to it), ..., None, or an index/mask tensor.</summary>
public sealed class TensorIndex
{
    internal enum IndexKind { Single, Slice, Ellipsis, None, Tensor }

    private TensorIndex(IndexKind kind, long? start = null, long? stop = null, long step = 1, torch.Tensor? tensor = null)
    {
        Kind = kind;
        Start = start;
        Stop = stop;
        Step = step;
        Tensor = tensor;
    }

    internal IndexKind Kind { get; }
    internal long? Start { get; }
    internal long? Stop { get; }
    internal long Step { get; }
    internal torch.Tensor? Tensor { get; }
    private bool FromEnd { get; init; }
    private bool StopFromEnd { get; init; }

    public static TensorIndex Ellipsis { get; } = new(IndexKind.Ellipsis);
    public static TensorIndex None { get; } = new(IndexKind.None);
    public static TensorIndex Colon { get; } = new(IndexKind.Slice);

    public static TensorIndex Single(long index) => new(IndexKind.Single, index);

    public static TensorIndex Slice(long? start = null, long? stop = null, long? step = null)
    {
        if (step is <= 0) throw new ArgumentException($"Slice step must be positive, got {step}.");
        return new(IndexKind.Slice, start, stop, step ?? 1);
    }

    public static TensorIndex Tensors(torch.Tensor index) => new(IndexKind.Tensor, tensor: index);

    public static implicit operator TensorIndex(long index) => Single(index);
    public static implicit operator TensorIndex(int index) => Single(index);
    public static implicit operator TensorIndex(torch.Tensor index) => Tensors(index);

    public static implicit operator TensorIndex(Range range) => new(IndexKind.Slice,
        range.Start.Value, range.End.IsFromEnd && range.End.Value == 0 ? null : range.End.Value)
    {
        FromEnd = range.Start.IsFromEnd,
        StopFromEnd = range.End.IsFromEnd,
    };

    /// <summary>Start and stop clamped to a dimension of the given size (negative values count from the end).</summary>
    internal (long start, long stop) Resolve(long size)
    {
        long start = Start ?? 0, stop = Stop ?? size;
        if (FromEnd) start = size - start;
        else if (start < 0) start += size;
        if (StopFromEnd && Stop is not null) stop = size - stop;
        else if (stop < 0) stop += size;
        return (Math.Clamp(start, 0, size), Math.Clamp(stop, 0, size));
    }
}
