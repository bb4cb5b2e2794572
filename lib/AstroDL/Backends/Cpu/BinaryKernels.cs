using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace AstroDL.Backends.Cpu;

/// <summary>One pointwise function of two numbers, with span forms for the contiguous and scalar-broadcast rows.</summary>
internal interface IBinaryFn<T> where T : unmanaged, INumber<T>
{
    static abstract T Apply(T a, T b);

    /// <summary>Vectorized forms; they return false where the function has none and the caller loops.</summary>
    static virtual bool Span(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> y) => false;

    static virtual bool SpanScalar(ReadOnlySpan<T> a, T b, Span<T> y) => false;

    static virtual bool ScalarSpan(T a, ReadOnlySpan<T> b, Span<T> y) => false;
}

internal struct AddFn<T> : IBinaryFn<T> where T : unmanaged, INumber<T>
{
    public static T Apply(T a, T b) => a + b;
    public static bool Span(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> y) { TensorPrimitives.Add(a, b, y); return true; }
    public static bool SpanScalar(ReadOnlySpan<T> a, T b, Span<T> y) { TensorPrimitives.Add(a, b, y); return true; }
    public static bool ScalarSpan(T a, ReadOnlySpan<T> b, Span<T> y) { TensorPrimitives.Add(b, a, y); return true; }
}

internal struct SubFn<T> : IBinaryFn<T> where T : unmanaged, INumber<T>
{
    public static T Apply(T a, T b) => a - b;
    public static bool Span(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> y) { TensorPrimitives.Subtract(a, b, y); return true; }
    public static bool SpanScalar(ReadOnlySpan<T> a, T b, Span<T> y) { TensorPrimitives.Subtract(a, b, y); return true; }
    public static bool ScalarSpan(T a, ReadOnlySpan<T> b, Span<T> y) { TensorPrimitives.Subtract(a, b, y); return true; }
}

internal struct MulFn<T> : IBinaryFn<T> where T : unmanaged, INumber<T>
{
    public static T Apply(T a, T b) => a * b;
    public static bool Span(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> y) { TensorPrimitives.Multiply(a, b, y); return true; }
    public static bool SpanScalar(ReadOnlySpan<T> a, T b, Span<T> y) { TensorPrimitives.Multiply(a, b, y); return true; }
    public static bool ScalarSpan(T a, ReadOnlySpan<T> b, Span<T> y) { TensorPrimitives.Multiply(b, a, y); return true; }
}

internal struct DivFn<T> : IBinaryFn<T> where T : unmanaged, INumber<T>
{
    public static T Apply(T a, T b) => a / b;
    public static bool Span(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> y) { TensorPrimitives.Divide(a, b, y); return true; }
    public static bool SpanScalar(ReadOnlySpan<T> a, T b, Span<T> y) { TensorPrimitives.Divide(a, b, y); return true; }
    public static bool ScalarSpan(T a, ReadOnlySpan<T> b, Span<T> y) { TensorPrimitives.Divide(a, b, y); return true; }
}

internal struct MaximumFn<T> : IBinaryFn<T> where T : unmanaged, INumber<T>
{
    public static T Apply(T a, T b) => T.IsNaN(a) || T.IsNaN(b) ? a + b : T.Max(a, b);
}

internal struct MinimumFn<T> : IBinaryFn<T> where T : unmanaged, INumber<T>
{
    public static T Apply(T a, T b) => T.IsNaN(a) || T.IsNaN(b) ? a + b : T.Min(a, b);
}

internal struct PowFn<T> : IBinaryFn<T> where T : unmanaged, INumber<T>
{
    public static T Apply(T a, T b) => T.CreateTruncating(Math.Pow(double.CreateTruncating(a), double.CreateTruncating(b)));
}

internal struct Atan2Fn<T> : IBinaryFn<T> where T : unmanaged, INumber<T>
{
    public static T Apply(T a, T b) => T.CreateTruncating(Math.Atan2(double.CreateTruncating(a), double.CreateTruncating(b)));
}

internal struct ReluBackwardFn<T> : IBinaryFn<T> where T : unmanaged, INumber<T>
{
    public static T Apply(T a, T b) => b > T.Zero ? a : T.Zero;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Span(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> y)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            for (; i + Vector256<T>.Count <= y.Length; i += Vector256<T>.Count)
            {
                var pass = Vector256.GreaterThan(Vector256.Create(b[i..]), Vector256<T>.Zero);
                (Vector256.Create(a[i..]) & pass).CopyTo(y[i..]);
            }
        }
        for (; i < y.Length; i++) y[i] = Apply(a[i], b[i]);
        return true;
    }
}

/// <summary>Runs a binary function row by row, picking the span form that fits each row's strides.</summary>
internal struct BinaryRows<T, TFn> : IRowKernel
    where T : unmanaged, INumber<T>
    where TFn : IBinaryFn<T>
{
    public T[] A, B, Y;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public readonly void Row(long oa, long ob, long oy, long o3, long n, long sa, long sb, long sy, long s3)
    {
        int len = (int)n;
        if (sy == 1)
        {
            var y = Y.AsSpan((int)oy, len);
            if (sa == 1 && sb == 1 && TFn.Span(A.AsSpan((int)oa, len), B.AsSpan((int)ob, len), y)) return;
            if (sa == 1 && sb == 0 && TFn.SpanScalar(A.AsSpan((int)oa, len), B[ob], y)) return;
            if (sa == 0 && sb == 1 && TFn.ScalarSpan(A[oa], B.AsSpan((int)ob, len), y)) return;
        }
        for (long i = 0; i < n; i++) Y[oy + i * sy] = TFn.Apply(A[oa + i * sa], B[ob + i * sb]);
    }
}
