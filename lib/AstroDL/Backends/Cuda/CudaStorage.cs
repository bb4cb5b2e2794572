using AstroDL.Backends.Cuda.Memory;

namespace AstroDL.Backends.Cuda;

/// <summary>
/// Elements in GPU memory: a block from the device's caching allocator. The block goes back when the last tensor
/// using it is disposed, or, for tensors that were simply dropped, when the garbage collector finalizes this
/// storage: the finalizer only queues the block (it runs on the finalizer thread, where CUDA must not be called).
/// </summary>
internal sealed class CudaStorage : Storage
{
    private readonly CudaBackend backend;
    private readonly DeviceBlock block;
    // Set until the block is allocated, so a failed allocation leaves the finalizer nothing to return.
    private int released = 1;

    public CudaStorage(CudaBackend backend, ScalarType dtype, long length)
        : base(dtype, length)
    {
        this.backend = backend;
        block = backend.Gpu.Allocator.Allocate(length * dtype.ElementSize());
        released = 0;
    }

    public override IBackend Backend => backend;

    /// <summary>The device address of element <paramref name="offset"/>.</summary>
    public ulong Address(long offset = 0)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref released) != 0, this);
        return block.Address + (ulong)(offset * DType.ElementSize());
    }

    protected override void Free() => ReturnBlock();

    /// <summary>Returns the block to the allocator now (also for the backend's own temporaries, which no tensor refers to).</summary>
    public void ReturnBlock()
    {
        if (Interlocked.Exchange(ref released, 1) != 0) return;
        backend.Gpu.Allocator.Free(block);
        GC.SuppressFinalize(this);
    }

    ~CudaStorage()
    {
        if (released == 0) backend.Gpu.Allocator.EnqueueFree(block);
    }
}
