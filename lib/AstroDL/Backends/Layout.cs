namespace AstroDL.Backends;

/// <summary>Shape and stride arithmetic shared by tensors and kernels (row-major, NumPy broadcasting).</summary>
internal static class Layout
{
    public static long[] ContiguousStrides(long[] shape)
    {
        var strides = new long[shape.Length];
        long s = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = s;
            s *= Math.Max(shape[i], 1);
        }
        return strides;
    }

    /// <summary>Whether strides lay shape out in row-major order without gaps (sizes of 1 may have any stride; an empty shape is).</summary>
    public static bool IsContiguous(long[] shape, long[] strides)
    {
        long expected = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            if (shape[i] == 0) return true;
            if (shape[i] != 1 && strides[i] != expected) return false;
            expected *= shape[i];
        }
        return true;
    }

    public static long Count(ReadOnlySpan<long> shape)
    {
        long n = 1;
        foreach (var s in shape) n *= s;
        return n;
    }

    /// <summary>The broadcast shape of two shapes, or null when they are incompatible.</summary>
    public static long[]? TryBroadcast(long[] a, long[] b)
    {
        int rank = Math.Max(a.Length, b.Length);
        var result = new long[rank];
        for (int i = 0; i < rank; i++)
        {
            long da = i < rank - a.Length ? 1 : a[i - (rank - a.Length)];
            long db = i < rank - b.Length ? 1 : b[i - (rank - b.Length)];
            if (da != db && da != 1 && db != 1) return null;
            result[i] = da == 1 ? db : da;
        }
        return result;
    }

    /// <summary>Strides that read <paramref name="shape"/>/<paramref name="strides"/> as if it had the (broadcast) target shape: size-1 and missing dims get stride 0.</summary>
    public static long[] BroadcastStrides(long[] shape, long[] strides, long[] target)
    {
        var result = new long[target.Length];
        int lead = target.Length - shape.Length;
        for (int i = 0; i < shape.Length; i++)
            result[lead + i] = shape[i] == 1 && target[lead + i] != 1 ? 0 : strides[i];
        return result;
    }

    public static string Format(long[] shape) => "[" + string.Join(", ", shape) + "]";
}
