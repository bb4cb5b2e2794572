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

    /// <summary>Whether this [B, M, N] matrix product output is one matrix shared by several batches (batch stride 0), which then receives their sum.</summary>
    public bool IsSharedAcrossBatch => Shape[0] > 1 && Strides[0] == 0;

    /// <summary>Whether the elements lie in row-major order without gaps (sizes of 1 may have any stride).</summary>
    public bool IsContiguous => Layout.IsContiguous(Shape, Strides);
}
