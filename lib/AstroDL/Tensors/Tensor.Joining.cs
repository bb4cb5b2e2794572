namespace AstroDL;

public static partial class torch
{
    /// <summary>Joins tensors along an existing dimension; all other sizes must match.</summary>
    public static Tensor cat(IList<Tensor> tensors, long dim = 0)
    {
        if (tensors.Count == 0) throw new ArgumentException("cat: expects at least one tensor.");
        var first = tensors[0];
        int d = Tensor.NormalizeDim(dim, first.dims.Length, "cat");
        var type = tensors.Select(t => t.dtype).Aggregate(Promote);
        var shape = (long[])first.dims.Clone();
        shape[d] = 0;
        foreach (var t in tensors)
        {
            Tensor.CheckSameDevice("cat", first, t);
            bool fits = t.dims.Length == first.dims.Length && t.dims.Where((s, i) => i != d && s != first.dims[i]).Count() == 0;
            if (!fits)
                throw new ArgumentException(
                    $"cat: tensors must have the same shape except in dimension {d}; got {first.ShapeText} and {t.ShapeText}.");
            shape[d] += t.dims[d];
        }
        var result = Tensor.Empty(shape, type, first.device);
        long at = 0;
        var offsets = new long[tensors.Count];
        for (int i = 0; i < tensors.Count; i++)
        {
            offsets[i] = at;
            var part = tensors[i];
            result.Backend.Copy(part.to_type(type).View, result.Slice(d, at, at + part.dims[d], 1).View);
            at += part.dims[d];
        }
        var parts = tensors.ToArray();
        return result.WithGrad("cat", parts, g =>
            parts.Select((p, i) => (Tensor?)g.narrow(d, offsets[i], p.dims[d])).ToArray());
    }

    public static Tensor concatenate(IList<Tensor> tensors, long axis = 0) => cat(tensors, axis);

    /// <summary>Joins same-shaped tensors along a new dimension.</summary>
    public static Tensor stack(IEnumerable<Tensor> tensors, long dim = 0)
    {
        var list = tensors.ToList();
        if (list.Count == 0) throw new ArgumentException("stack: expects at least one tensor.");
        foreach (var t in list)
        {
            if (!t.dims.AsSpan().SequenceEqual(list[0].dims))
                throw new ArgumentException($"stack: all tensors must have the same shape; got {list[0].ShapeText} and {t.ShapeText}.");
        }
        int d = Tensor.NormalizeDim(dim, list[0].dims.Length + 1, "stack");
        return cat(list.Select(t => t.unsqueeze(d)).ToList(), d);
    }

    public static Tensor hstack(IList<Tensor> tensors) => cat(tensors, tensors[0].dims.Length == 1 ? 0 : 1);

    public static Tensor vstack(IList<Tensor> tensors) => cat(tensors.Select(t => t.dims.Length == 1 ? t.unsqueeze(0) : t).ToList(), 0);

    public partial class Tensor
    {
        /// <summary>Views of consecutive pieces of the given size (the last may be smaller).</summary>
        public Tensor[] split(long split_size, long dim = 0)
        {
            int d = NormalizeDim(dim, dims.Length, "split");
            if (split_size <= 0) throw new ArgumentException($"split: split_size must be positive, got {split_size}.");
            var pieces = new List<Tensor>();
            for (long start = 0; start < dims[d]; start += split_size)
                pieces.Add(narrow(d, start, Math.Min(split_size, dims[d] - start)));
            return pieces.ToArray();
        }

        /// <summary>Views of pieces with the given sizes, which must add up to the dimension's size.</summary>
        public Tensor[] split(long[] split_sizes, long dim = 0)
        {
            int d = NormalizeDim(dim, dims.Length, "split");
            if (split_sizes.Sum() != dims[d])
                throw new ArgumentException($"split: sizes {string.Join(", ", split_sizes)} add up to {split_sizes.Sum()}, not {dims[d]} (dimension {d} of {ShapeText}).");
            var pieces = new Tensor[split_sizes.Length];
            long start = 0;
            for (int i = 0; i < split_sizes.Length; i++)
            {
                pieces[i] = narrow(d, start, split_sizes[i]);
                start += split_sizes[i];
            }
            return pieces;
        }

        /// <summary>Splits into the given number of pieces of (nearly) equal size.</summary>
        public Tensor[] chunk(long chunks, long dim = 0)
        {
            int d = NormalizeDim(dim, dims.Length, "chunk");
            if (chunks <= 0) throw new ArgumentException($"chunk: chunks must be positive, got {chunks}.");
            return split((dims[d] + chunks - 1) / chunks, d);
        }

        public Tensor[] unbind(long dim = 0)
        {
            int d = NormalizeDim(dim, dims.Length, "unbind");
            return Enumerable.Range(0, (int)dims[d]).Select(i => select(d, i)).ToArray();
        }

        /// <summary>Tiles the tensor: each dimension repeated the given number of times (copies).</summary>
        public Tensor repeat(params long[] repeats)
        {
            if (repeats.Length < dims.Length)
                throw new ArgumentException($"repeat: {repeats.Length} repeat counts for a {ShapeText} tensor (need at least {dims.Length}).");
            var x = this;
            while (x.dims.Length < repeats.Length) x = x.unsqueeze(0);
            // Interleave a size-r axis before each dimension, expand it, then merge.
            var expandedShape = new List<long>();
            var viewShape = new List<long>();
            for (int i = 0; i < repeats.Length; i++)
            {
                viewShape.Add(1);
                viewShape.Add(x.dims[i]);
                expandedShape.Add(repeats[i]);
                expandedShape.Add(x.dims[i]);
            }
            var finalShape = repeats.Select((r, i) => r * x.dims[i]).ToArray();
            return x.reshape(viewShape.ToArray()).expand(expandedShape.ToArray()).reshape(finalShape);
        }
    }
}
