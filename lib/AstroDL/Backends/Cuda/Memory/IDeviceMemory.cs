namespace AstroDL.Backends.Cuda.Memory;

/// <summary>Raw device memory as the caching allocator needs it (the driver on a GPU; a fake in tests).</summary>
internal interface IDeviceMemory
{
    /// <summary>Allocates <paramref name="bytes"/>; false when the device is out of memory (other failures throw).</summary>
    bool TryAllocate(long bytes, out ulong address);

    void Free(ulong address);

    /// <summary>Waits until queued work is done, so memory it may still use can be given back to the device.</summary>
    void Synchronize();

    /// <summary>Free and total bytes of the device.</summary>
    (long Free, long Total) MemoryInfo();
}
