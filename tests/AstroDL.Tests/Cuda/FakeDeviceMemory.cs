using AstroDL.Backends.Cuda.Memory;

namespace AstroDL.Tests.Cuda;

/// <summary>Device memory with a fixed capacity that records every driver-level call.</summary>
internal sealed class FakeDeviceMemory(long capacity) : IDeviceMemory
{
    private readonly Dictionary<ulong, long> live = [];
    private ulong next = 0x1000;

    public List<string> Calls { get; } = [];

    public long InUse => live.Values.Sum();

    public bool TryAllocate(long bytes, out ulong address)
    {
        Calls.Add($"alloc {bytes}");
        address = 0;
        if (InUse + bytes > capacity) return false;
        address = next;
        next += (ulong)bytes;
        live[address] = bytes;
        return true;
    }

    public void Free(ulong address)
    {
        Calls.Add($"free {live[address]}");
        live.Remove(address);
    }

    public void Synchronize() => Calls.Add("sync");

    public (long Free, long Total) MemoryInfo() => (capacity - InUse, capacity);
}
