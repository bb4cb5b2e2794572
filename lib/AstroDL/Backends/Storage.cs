namespace AstroDL.Backends;

/// <summary>
/// A block of elements on one device. Tensors are strided windows onto a storage; several tensors
/// (views) may share one. <see cref="Version"/> counts in-place writes so autograd can tell when a
/// tensor saved for backward was changed under it. The storage also counts the undisposed tensors
/// that refer to it: when the last one is disposed its memory goes back to the device (see
/// <see cref="Cpu.CpuBufferPool"/> for why that is safe).
/// </summary>
internal abstract class Storage
{
    private int references;
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

    /// <summary>Whether the memory was handed back; using the storage after that is a bug in the kit.</summary>
    public bool IsReleased => Volatile.Read(ref released);

    /// <summary>How many undisposed tensors refer to this storage.</summary>
    public int ReferenceCount => Volatile.Read(ref references);

    /// <summary>A tensor now refers to this storage.</summary>
    public void Retain()
    {
        if (IsReleased) throw new InvalidOperationException("Internal error: a tensor was made on a storage whose memory was already released.");
        Interlocked.Increment(ref references);
    }

    /// <summary>A tensor that referred to this storage was disposed; the last one frees the memory.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref references) != 0) return;
        Volatile.Write(ref released, true);
        Free();
    }

    /// <summary>Gives the memory back (for example to a pool); called once, when no tensor refers to it. By default the garbage collector takes it.</summary>
    protected virtual void Free()
    {
    }
}
