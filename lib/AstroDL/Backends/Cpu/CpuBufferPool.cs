using System.Numerics;

namespace AstroDL.Backends.Cpu;

/// <summary>
/// Recycles the arrays behind CPU storages, so a training loop in steady state allocates no tensor memory.
/// <para>
/// Soundness rests on one rule: an array comes back here only when no tensor can reach it any more. A storage
/// counts the live (undisposed) tensor objects that refer to it, views included (<see cref="Storage.Retain"/>,
/// <see cref="Storage.Release"/>); its array is returned when the count falls to zero through Dispose. Tensors
/// that are never disposed simply leave their arrays to the garbage collector. Disposal is deterministic and
/// comes from three places: a dispose scope around a step (TorchSharp's pattern; the Trainer opens one), the
/// autograd engine, which disposes the gradients and temporaries it created once backward is past them, and
/// owners that know a tensor never escaped (a DataLoader batch with disposeBatch, a .grad that user code never
/// read). A disposed tensor throws when used, so a mistake surfaces as an error, never as silently shared memory.
/// </para>
/// <para>
/// Arrays are kept per element type and exact length (a training loop repeats its shapes), at most
/// <see cref="ArraysPerSize"/> of each and <see cref="CapacityBytes"/> in all. They come back with stale
/// contents: every kernel writes its whole output. Poison mode (<see cref="Poison"/>, or ASTRODL_POOL_POISON=1)
/// checks both rules: returned arrays are filled with NaN (int64 with <see cref="long.MinValue"/>, bool with
/// 0xFF), new ones too, and a rented array that lost its poison was written after it was returned, which throws.
/// </para>
/// </summary>
internal static class CpuBufferPool
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<(ScalarType, long), Stack<Array>> Free = [];
    private static long pooledBytes;

    /// <summary>
    /// The most bytes kept for reuse; arrays beyond it are left to the garbage collector. The default is an eighth of
    /// the memory the process may use, at least 256 MiB: one step on 64×64×3 images in batches of 64 frees a few
    /// hundred MiB, and a pool smaller than a step sends most of it back through the garbage collector.
    /// </summary>
    public static long CapacityBytes { get; set; } = Math.Max(256L << 20, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8);

    /// <summary>The most arrays kept of one type and length (more than a training step has live at once).</summary>
    public const int ArraysPerSize = 32;

    public static bool Poison { get; set; } = Environment.GetEnvironmentVariable("ASTRODL_POOL_POISON") == "1";

    /// <summary>Bytes currently held for reuse.</summary>
    public static long PooledBytes
    {
        get
        {
            lock (Gate) return pooledBytes;
        }
    }

    /// <summary>An array of exactly <paramref name="length"/> elements with unspecified contents.</summary>
    public static Array Rent(ScalarType dtype, long length)
    {
        lock (Gate)
        {
            if (Free.TryGetValue((dtype, length), out var stack) && stack.TryPop(out var array))
            {
                pooledBytes -= Bytes(dtype, length);
                if (Poison && !IsPoisoned(array))
                    throw new InvalidOperationException(
                        $"Buffer pool: a {dtype.Name()} array of {length} elements was written after it was returned to the pool " +
                        "(a tensor was used after its storage was released).");
                return array;
            }
        }
        var fresh = CpuStorage.NewArray(dtype, length);
        if (Poison) Fill(fresh);
        return fresh;
    }

    public static void Return(Array array, ScalarType dtype)
    {
        long bytes = Bytes(dtype, array.LongLength);
        if (Poison) Fill(array);
        lock (Gate)
        {
            if (pooledBytes + bytes > CapacityBytes) return;
            var key = (dtype, array.LongLength);
            if (!Free.TryGetValue(key, out var stack)) Free[key] = stack = new Stack<Array>();
            if (stack.Count >= ArraysPerSize) return;
            stack.Push(array);
            pooledBytes += bytes;
        }
    }

    /// <summary>Drops every pooled array (tests use it to start from a known state).</summary>
    public static void Clear()
    {
        lock (Gate)
        {
            Free.Clear();
            pooledBytes = 0;
        }
    }

    private static long Bytes(ScalarType dtype, long length) => length * dtype switch
    {
        ScalarType.Float64 or ScalarType.Int64 => 8,
        ScalarType.Bool => 1,
        _ => 4,
    };

    private static void Fill(Array array)
    {
        switch (array)
        {
            case float[] f: f.AsSpan().Fill(float.NaN); break;
            case double[] d: d.AsSpan().Fill(double.NaN); break;
            case long[] l: l.AsSpan().Fill(long.MinValue); break;
            case byte[] b: b.AsSpan().Fill(0xFF); break;
        }
    }

    private static bool IsPoisoned(Array array) => array switch
    {
        float[] f => AllNaN(f),
        double[] d => AllNaN(d),
        long[] l => !l.AsSpan().ContainsAnyExcept(long.MinValue),
        byte[] b => !b.AsSpan().ContainsAnyExcept((byte)0xFF),
        _ => true,
    };

    private static bool AllNaN<T>(T[] values)
        where T : IFloatingPointIeee754<T>
    {
        foreach (var v in values)
        {
            if (!T.IsNaN(v)) return false;
        }
        return true;
    }
}
