namespace AstroDL.Backends;

/// <summary>
/// A block of elements on one device. Tensors are strided windows onto a storage; several tensors
/// (views) may share one. <see cref="Version"/> counts in-place writes so autograd can tell when a
/// tensor saved for backward was changed under it.
/// </summary>
internal abstract class Storage
{
    protected Storage(ScalarType dtype, long length)
    {
        DType = dtype;
        Length = length;
    }

    private int tensors;

    public ScalarType DType { get; }
    public long Length { get; }
    public int Version { get; set; }
    public abstract IBackend Backend { get; }

    /// <summary>Counts a tensor that uses this storage (a tensor and its views share one).</summary>
    public void AddTensor() => Interlocked.Increment(ref tensors);

    /// <summary>
    /// A tensor using this storage was disposed. When it was the last, device memory is released now instead of
    /// whenever the garbage collector gets to it (it cannot see how scarce GPU memory is).
    /// </summary>
    public void RemoveTensor()
    {
        if (Interlocked.Decrement(ref tensors) == 0) ReleaseMemory();
    }

    /// <summary>Gives the memory back early; host memory has nothing to do (the GC owns it).</summary>
    protected virtual void ReleaseMemory()
    {
    }
}
