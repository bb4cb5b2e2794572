using System.Collections.Concurrent;
using System.Globalization;

namespace AstroDL.Backends.Cuda.Memory;

/// <summary>
/// Device memory for one GPU, cached: a freed block goes to the free list of its size class and is handed out
/// again without a driver call. All work runs on one stream in order, so a block freed after a kernel was queued
/// may be reused by a later kernel at once (the stream finishes the first before starting the second).
/// Finalizers never call CUDA: they queue the block (<see cref="EnqueueFree"/>) and the next allocation takes it.
/// </summary>
internal sealed class CachingAllocator(IDeviceMemory memory, string deviceName)
{
    private readonly object gate = new();
    private readonly Dictionary<long, Stack<ulong>> cache = [];
    private readonly ConcurrentQueue<DeviceBlock> pendingFrees = new();
    private long allocated;
    private long cached;
    private long peak;

    /// <summary>Bytes in blocks that tensors hold (rounded to size classes), as torch.cuda.memory_allocated reports.</summary>
    public long Allocated
    {
        get
        {
            lock (gate)
            {
                DrainPendingFrees();
                return allocated;
            }
        }
    }

    /// <summary>Bytes taken from the device: held by tensors plus cached for reuse (torch.cuda.memory_reserved).</summary>
    public long Reserved
    {
        get
        {
            lock (gate)
            {
                DrainPendingFrees();
                return allocated + cached;
            }
        }
    }

    /// <summary>The most bytes tensors held at one time (torch.cuda.max_memory_allocated).</summary>
    public long PeakAllocated
    {
        get
        {
            lock (gate) return peak;
        }
    }

    public DeviceBlock Allocate(long bytes)
    {
        long size = SizeClasses.Of(bytes);
        lock (gate)
        {
            DrainPendingFrees();
            if (TryReuse(size, out var block) || TryAllocateNew(size, out block)) return block;
        }
        // Out of memory. Tensors the program dropped without Dispose are still waiting for their finalizers: run them,
        // reuse what they free, and if that is not enough give the cache back to the device and try once more.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long cachedBefore;
        lock (gate)
        {
            DrainPendingFrees();
            if (TryReuse(size, out var block)) return block;
            cachedBefore = cached;
        }
        EmptyCache();
        lock (gate)
        {
            if (TryAllocateNew(size, out var block)) return block;
            throw OutOfMemory(bytes, cachedBefore);
        }
    }

    /// <summary>Returns a block for reuse now (a tensor was disposed).</summary>
    public void Free(DeviceBlock block)
    {
        lock (gate) Release(block);
    }

    /// <summary>Queues a block for return; safe on the finalizer thread (no lock, no CUDA call).</summary>
    public void EnqueueFree(DeviceBlock block) => pendingFrees.Enqueue(block);

    /// <summary>Gives every cached block back to the device (torch.cuda.empty_cache); blocks held by tensors stay.</summary>
    public void EmptyCache()
    {
        lock (gate)
        {
            DrainPendingFrees();
            if (cached == 0) return;
            // A cached block may still be read by queued work (it was freed in stream order).
            memory.Synchronize();
            foreach (var (size, addresses) in cache)
            {
                while (addresses.TryPop(out var address))
                {
                    memory.Free(address);
                    cached -= size;
                }
            }
        }
    }

    private void DrainPendingFrees()
    {
        while (pendingFrees.TryDequeue(out var block)) Release(block);
    }

    private void Release(DeviceBlock block)
    {
        allocated -= block.Size;
        cached += block.Size;
        if (!cache.TryGetValue(block.Size, out var addresses)) cache[block.Size] = addresses = new Stack<ulong>();
        addresses.Push(block.Address);
    }

    private bool TryReuse(long size, out DeviceBlock block)
    {
        if (cache.TryGetValue(size, out var addresses) && addresses.TryPop(out var address))
        {
            cached -= size;
            block = Hand(address, size);
            return true;
        }
        block = default;
        return false;
    }

    private bool TryAllocateNew(long size, out DeviceBlock block)
    {
        if (memory.TryAllocate(size, out var address))
        {
            block = Hand(address, size);
            return true;
        }
        block = default;
        return false;
    }

    private DeviceBlock Hand(ulong address, long size)
    {
        allocated += size;
        peak = Math.Max(peak, allocated);
        return new DeviceBlock(address, size);
    }

    private CudaOutOfMemoryException OutOfMemory(long requested, long cachedBefore)
    {
        var (free, total) = memory.MemoryInfo();
        return new CudaOutOfMemoryException(
            $"CUDA out of memory on {deviceName}: tried to allocate {Bytes(requested)}; tensors hold {Bytes(allocated)}, the " +
            $"allocator had {Bytes(cachedBefore)} cached (released to retry), and the device has {Bytes(free)} free of {Bytes(total)}. " +
            "Dispose tensors you no longer need (a torch.NewDisposeScope() per training step does it for you), " +
            "use a smaller batch, or move part of the work to the CPU.",
            requested, allocated, cachedBefore);
    }

    internal static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("F2", CultureInfo.InvariantCulture) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("F2", CultureInfo.InvariantCulture) + " MiB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("F2", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
