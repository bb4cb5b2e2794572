using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void Reduce(ReduceOp op, View x, View y)
    {
        switch (y.Storage.DType)
        {
            case ScalarType.Float32: ReduceTyped<float>(op, x, y); break;
            case ScalarType.Float64: ReduceTyped<double>(op, x, y); break;
            case ScalarType.Int64: ReduceTyped<long>(op, x, y); break;
            default: throw new NotSupportedException($"Reduction into a {y.Storage.DType.Name()} tensor.");
        }
    }

    private static void ReduceTyped<T>(ReduceOp op, View x, View y)
        where T : unmanaged, INumber<T>, IMinMaxValue<T>
    {
        T init = op switch
        {
            ReduceOp.Sum => T.Zero,
            ReduceOp.Prod => T.One,
            ReduceOp.Max => typeof(T) == typeof(long) ? T.MinValue : T.CreateTruncating(double.NegativeInfinity),
            _ => typeof(T) == typeof(long) ? T.MaxValue : T.CreateTruncating(double.PositiveInfinity),
        };
        FillTyped(y, init);
        // Read y as if broadcast to x's shape: reduced axes get stride 0, so every x element meets its output slot.
        var yStrides = Layout.BroadcastStrides(y.Shape, y.Strides, x.Shape);
        var k = new ReduceRows<T> { X = Data<T>(x), Y = Data<T>(y), Op = op };
        StridedRows.Run(ref k, x.Shape, x.Offset, x.Strides, y.Offset, yStrides);
    }

    private struct ReduceRows<T> : IRowKernel
        where T : unmanaged, INumber<T>
    {
        public T[] X, Y;
        public ReduceOp Op;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public readonly void Row(long ox, long oy, long o2, long o3, long n, long sx, long sy, long s2, long s3)
        {
            int len = (int)n;
            if (sy == 0)
            {
                // The whole row folds into one output element.
                T acc;
                if (sx == 1)
                {
                    var row = X.AsSpan((int)ox, len);
                    acc = Op switch
                    {
                        ReduceOp.Sum => TensorPrimitives.Sum<T>(row),
                        ReduceOp.Prod => TensorPrimitives.Product<T>(row),
                        ReduceOp.Max => TensorPrimitives.Max<T>(row),
                        _ => TensorPrimitives.Min<T>(row),
                    };
                }
                else
                {
                    acc = X[ox];
                    for (long i = 1; i < n; i++) acc = Combine(Op, acc, X[ox + i * sx]);
                }
                Y[oy] = Combine(Op, Y[oy], acc);
                return;
            }
            if (sx == 1 && sy == 1 && Op == ReduceOp.Sum)
            {
                var yRow = Y.AsSpan((int)oy, len);
                TensorPrimitives.Add(yRow, X.AsSpan((int)ox, len), yRow);
                return;
            }
            for (long i = 0; i < n; i++) Y[oy + i * sy] = Combine(Op, Y[oy + i * sy], X[ox + i * sx]);
        }

        private static T Combine(ReduceOp op, T a, T b) => op switch
        {
            ReduceOp.Sum => a + b,
            ReduceOp.Prod => a * b,
            ReduceOp.Max => T.IsNaN(a) || T.IsNaN(b) ? a + b : T.Max(a, b),
            _ => T.IsNaN(a) || T.IsNaN(b) ? a + b : T.Min(a, b),
        };
    }

    public void ArgReduce(bool max, View x, int axis, View values, View indices)
    {
        switch (x.Storage.DType)
        {
            case ScalarType.Float32: ArgReduceTyped<float>(max, x, axis, values, indices); break;
            case ScalarType.Float64: ArgReduceTyped<double>(max, x, axis, values, indices); break;
            case ScalarType.Int64: ArgReduceTyped<long>(max, x, axis, values, indices); break;
            default: throw new NotSupportedException($"max/min of a {x.Storage.DType.Name()} tensor.");
        }
    }

    private static void ArgReduceTyped<T>(bool max, View x, int axis, View values, View indices)
        where T : unmanaged, INumber<T>
    {
        var k = new ArgRows<T>
        {
            X = Data<T>(x), V = Data<T>(values), I = Data<long>(indices),
            Length = x.Shape[axis], AxisStride = x.Strides[axis], Max = max,
        };
        StridedRows.Run(ref k, values.Shape, x.Offset, x.Strides, values.Offset, values.Strides, indices.Offset, indices.Strides);
    }

    private struct ArgRows<T> : IRowKernel
        where T : unmanaged, INumber<T>
    {
        public T[] X, V;
        public long[] I;
        public long Length, AxisStride;
        public bool Max;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public readonly void Row(long ox, long ov, long oi, long o3, long n, long sx, long sv, long si, long s3)
        {
            for (long r = 0; r < n; r++)
            {
                long start = ox + r * sx;
                T best = X[start];
                long bestAt = 0;
                for (long j = 1; j < Length && !T.IsNaN(best); j++)
                {
                    T v = X[start + j * AxisStride];
                    if (T.IsNaN(v) || (Max ? v > best : v < best))
                    {
                        best = v;
                        bestAt = j;
                    }
                }
                V[ov + r * sv] = best;
                I[oi + r * si] = bestAt;
            }
        }
    }
}
