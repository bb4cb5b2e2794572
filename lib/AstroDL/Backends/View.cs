namespace AstroDL.Backends;

/// <summary>What a backend kernel sees of a tensor: its storage, the first element, the shape and the strides (in elements).</summary>
internal readonly record struct View(Storage Storage, long Offset, long[] Shape, long[] Strides)
{
    public int Rank => Shape.Length;

    public long Count
    {
        get
        {
            long n = 1;
            foreach (var s in Shape) n *= s;
            return n;
        }
    }

    /// <summary>The same elements seen with another shape and strides (used to broadcast operands to the output shape).</summary>
    public View With(long[] shape, long[] strides) => new(Storage, Offset, shape, strides);

    public bool IsContiguous => Strides.SequenceEqual(Layout.ContiguousStrides(Shape)) || Count <= 1;
}
