namespace AstroDL.Backends.Cuda;

/// <summary>A GPU allocation failed even after returning unused and cached memory to the device.</summary>
public sealed class CudaOutOfMemoryException(string message, long requested, long allocated, long cached)
    : CudaException(message, 2)
{
    /// <summary>The bytes the failed allocation asked for.</summary>
    public long RequestedBytes { get; } = requested;

    /// <summary>The bytes held by live tensors on the device when it failed.</summary>
    public long AllocatedBytes { get; } = allocated;

    /// <summary>The bytes the allocator had cached (and released to retry) when it failed.</summary>
    public long CachedBytes { get; } = cached;
}
