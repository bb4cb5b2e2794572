namespace AstroDL.Backends.Cuda.Memory;

/// <summary>A block of device memory handed out by the allocator: its address and its size class in bytes.</summary>
internal readonly record struct DeviceBlock(ulong Address, long Size);
