using System.Runtime.CompilerServices;
using AstroDL.Backends.Cuda;
using AstroDL.Backends.Cuda.Memory;

namespace AstroDL.Tests.Cuda;

public class CachingAllocatorTests
{
    [Fact]
    public void A_freed_block_is_reused_for_the_same_size_class_without_a_driver_call()
    {
        var memory = new FakeDeviceMemory(1 << 20);
        var allocator = new CachingAllocator(memory, "fake");
        var first = allocator.Allocate(1000);
        allocator.Free(first);
        var second = allocator.Allocate(1024);
        Assert.Equal(first.Address, second.Address);
        Assert.Equal(["alloc 1024"], memory.Calls);
    }

    [Fact]
    public void Allocated_and_reserved_follow_tensors_and_the_cache()
    {
        var allocator = new CachingAllocator(new FakeDeviceMemory(1 << 20), "fake");
        var a = allocator.Allocate(100);
        var b = allocator.Allocate(2000);
        Assert.Equal(512 + 2048, allocator.Allocated);
        allocator.Free(b);
        Assert.Equal(512, allocator.Allocated);
        Assert.Equal(512 + 2048, allocator.Reserved);
        Assert.Equal(512 + 2048, allocator.PeakAllocated);
        allocator.EmptyCache();
        Assert.Equal(512, allocator.Reserved);
        allocator.Free(a);
        Assert.Equal(0, allocator.Allocated);
    }

    [Fact]
    public void Emptying_the_cache_waits_for_the_stream_before_giving_memory_back()
    {
        var memory = new FakeDeviceMemory(1 << 20);
        var allocator = new CachingAllocator(memory, "fake");
        allocator.Free(allocator.Allocate(512));
        allocator.EmptyCache();
        Assert.Equal(["alloc 512", "sync", "free 512"], memory.Calls);
        Assert.Equal(0, memory.InUse);
    }

    [Fact]
    public void Queued_frees_are_taken_by_the_next_allocation_without_touching_the_device()
    {
        var memory = new FakeDeviceMemory(1 << 20);
        var allocator = new CachingAllocator(memory, "fake");
        var block = allocator.Allocate(4096);
        allocator.EnqueueFree(block);
        Assert.Equal(["alloc 4096"], memory.Calls);
        Assert.Equal(block.Address, allocator.Allocate(4096).Address);
        Assert.Equal(["alloc 4096"], memory.Calls);
    }

    [Fact]
    public void Statistics_count_queued_frees()
    {
        var allocator = new CachingAllocator(new FakeDeviceMemory(1 << 20), "fake");
        allocator.EnqueueFree(allocator.Allocate(512));
        Assert.Equal(0, allocator.Allocated);
        Assert.Equal(512, allocator.Reserved);
    }

    [Fact]
    public void When_memory_runs_out_the_cache_of_other_sizes_is_released_and_the_allocation_retried()
    {
        var memory = new FakeDeviceMemory(4096);
        var allocator = new CachingAllocator(memory, "fake");
        allocator.Free(allocator.Allocate(3072));
        var block = allocator.Allocate(2048);
        Assert.Equal(2048, block.Size);
        Assert.Equal(["alloc 3072", "alloc 2048", "sync", "free 3072", "alloc 2048"], memory.Calls);
    }

    [Fact]
    public void When_memory_runs_out_dropped_blocks_awaiting_finalizers_are_collected_first()
    {
        var memory = new FakeDeviceMemory(4096);
        var allocator = new CachingAllocator(memory, "fake");
        DropWithFinalizer(allocator, allocator.Allocate(4096));
        var block = allocator.Allocate(4096);
        Assert.Equal(4096, block.Size);
        Assert.Equal(["alloc 4096", "alloc 4096"], memory.Calls);
    }

    [Fact]
    public void Out_of_memory_says_what_was_asked_for_held_and_cached()
    {
        var memory = new FakeDeviceMemory(4096);
        var allocator = new CachingAllocator(memory, "cuda:0 (Fake GPU)");
        var held = allocator.Allocate(2048);
        allocator.Free(allocator.Allocate(1024));
        var error = Assert.Throws<CudaOutOfMemoryException>(() => allocator.Allocate(3000));
        Assert.Equal(3000, error.RequestedBytes);
        Assert.Equal(2048, error.AllocatedBytes);
        Assert.Equal(1024, error.CachedBytes);
        Assert.Contains("cuda:0 (Fake GPU)", error.Message);
        Assert.Contains("tried to allocate 2.93 KiB", error.Message);
        Assert.Contains("has 2.00 KiB free of 4.00 KiB", error.Message);
        Assert.Equal(2048, allocator.Allocated);
        GC.KeepAlive(held);
    }

    /// <summary>Leaves a block to a finalizer, as a dropped CUDA tensor does.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropWithFinalizer(CachingAllocator allocator, DeviceBlock block) => _ = new FinalizedOwner(allocator, block);

    private sealed class FinalizedOwner(CachingAllocator allocator, DeviceBlock block)
    {
        ~FinalizedOwner() => allocator.EnqueueFree(block);
    }
}
