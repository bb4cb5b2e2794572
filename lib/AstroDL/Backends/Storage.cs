namespace AstroDL.Backends;

/// <summary>
/// A block of elements on one device. Tensors are strided windows onto a storage; several tensors
/// (views) may share one. <see cref="Version"/> counts in-place writes so autograd can tell when a
/// tensor saved for backward was changed under it. The storage also counts the undisposed tensors
/// that use it: when the last one is disposed its memory goes back to the device at once (see
/// <see cref="Cpu.CpuBufferPool"/> for why that is safe).
/// </summary>
internal abstract class Storage
{
    private int tensors;
    private bool released;

    protected Storage(ScalarType dtype, long length)
    {
        DType = dtype;
        Length = length;
    }

    public ScalarType DType { get; }
    public long Length { get; }
    public int Version { get; set; }
    public abstract IBackend Backend { get; }

    /// <summary>How many undisposed tensors use this storage.</summary>
    public int TensorCount => Volatile.Read(ref tensors);

    /// <summary>Counts a tensor that uses this storage (a tensor and its views share one).</summary>
    public void AddTensor()
    {
        if (Volatile.Read(ref released))
            throw new InvalidOperationException("Internal error: a tensor was made on a storage whose memory was already released.");
        Interlocked.Increment(ref tensors);
    }

    /// <summary>
    /// A tensor using this storage was disposed. When it was the last, the memory is released now instead of
    /// whenever the garbage collector gets to it (host memory goes back to a pool; the GC cannot see how scarce
    /// GPU memory is).
    /// </summary>
    public void RemoveTensor()
    {
        if (Interlocked.Decrement(ref tensors) != 0) return;
        Volatile.Write(ref released, true);
        ReleaseMemory();
    }

    /// <summary>Gives the memory back early; called once, when no tensor uses it. By default the GC takes it.</summary>
    protected virtual void ReleaseMemory()
    {
    }
}
