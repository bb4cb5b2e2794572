using System.Numerics;

namespace AstroDL.Backends.Cuda.Memory;

/// <summary>
/// The sizes the allocator rounds requests up to, so a freed block fits the next request of about the same size
/// (a training step asks for the same sizes every time): multiples of 512 bytes up to 1 MiB, then four classes
/// per power of two (at most a quarter wasted).
/// </summary>
internal static class SizeClasses
{
    public const long Small = 512;
    public const long SmallLimit = 1 << 20;

    public static long Of(long bytes)
    {
        if (bytes <= Small) return Small;
        if (bytes <= SmallLimit) return RoundUp(bytes, Small);
        long power = (long)BitOperations.RoundUpToPowerOf2((ulong)bytes) >> 1;
        return RoundUp(bytes, power / 4);
    }

    private static long RoundUp(long value, long step) => (value + step - 1) / step * step;
}
