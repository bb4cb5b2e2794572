namespace AstroDL.Backends;

/// <summary>
/// A block of elements on one device. Tensors are strided windows onto a storage; several tensors
/// (views) may share one. <see cref="Version"/> counts in-place writes so autograd can tell when a
/// tensor saved for backward was changed under it. The storage also counts what refers to it: the
/// undisposed tensors and the autograd nodes that saved a tensor on it. When the last of them lets go its
/// memory goes back to the device (see <see cref="Cpu.CpuBufferPool"/> for why that is safe), so disposing
/// a tensor inside forward never frees what backward still needs.
/// </summary>
internal abstract class Storage
{
    private int references;
    private int graphReferences;
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

    /// <summary>How many undisposed tensors refer to this storage (not counting the autograd nodes that hold it).</summary>
    public int ReferenceCount => Volatile.Read(ref references) - Volatile.Read(ref graphReferences);

    /// <summary>A tensor now refers to this storage.</summary>
    public void Retain()
    {
        if (IsReleased) throw new InvalidOperationException("Internal error: a tensor was made on a storage whose memory was already released.");
        Interlocked.Increment(ref references);
    }

    /// <summary>An autograd node saved a tensor on this storage: the memory stays until the node is freed.</summary>
    public void RetainForGraph()
    {
        Retain();
        Interlocked.Increment(ref graphReferences);
    }

    public void ReleaseFromGraph()
    {
        Interlocked.Decrement(ref graphReferences);
        Release();
    }

    /// <summary>A tensor (or node) that referred to this storage let go; the last one frees the memory.</summary>
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
