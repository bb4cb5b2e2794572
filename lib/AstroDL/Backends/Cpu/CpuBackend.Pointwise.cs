using System.Numerics;
using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void Unary(UnaryOp op, View x, View y, double alpha = 0, double beta = 0)
    {
        // y is contiguous: a contiguous float x of its type is read as it is; any other is first brought into y (the integer kernels work in place).
        bool readX = x.IsContiguous && x.Storage.DType == y.Storage.DType && y.Storage.DType is ScalarType.Float32 or ScalarType.Float64;
        bool sameElements = ReferenceEquals(x.Storage, y.Storage) && x.Offset == y.Offset && x.Strides.SequenceEqual(y.Strides);
        if (!readX && !sameElements) Copy(x, y);
        var source = readX ? x : y;
        int length = (int)y.Count;
        switch (y.Storage.DType)
        {
            case ScalarType.Float32: RunUnary(new UnaryRows<float> { Op = op, X = Data<float>(source), Y = Data<float>(y), Alpha = (float)alpha, Beta = (float)beta }, source, y); break;
            case ScalarType.Float64: RunUnary(new UnaryRows<double> { Op = op, X = Data<double>(source), Y = Data<double>(y), Alpha = alpha, Beta = beta }, source, y); break;
            case ScalarType.Int64: UnaryKernels.Integer(op, Data<long>(y).AsSpan((int)y.Offset, length), (long)alpha, (long)beta); break;
            default: throw new NotSupportedException($"{op} on a {y.Storage.DType.Name()} tensor.");
        }
    }

    /// <summary>A float unary op from the contiguous source into y, split over the threads when it is large.</summary>
    private static void RunUnary<T>(UnaryRows<T> kernel, View source, View y)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        long count = y.Count;
        int threads = torch.get_num_threads();
        if (threads > 1 && count >= StridedRows.ParallelElements) StridedRows.RunRanges(kernel, count, source.Offset, y.Offset, 0, 0, threads);
        else kernel.Row(source.Offset, y.Offset, 0, 0, count, 1, 1, 0, 0);
    }

    private struct UnaryRows<T> : IRowKernel
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public UnaryOp Op;
        public T[] X, Y;
        public T Alpha, Beta;

        public readonly void Row(long ox, long oy, long o2, long o3, long n, long sx, long sy, long s2, long s3) =>
            UnaryKernels.Float(Op, X.AsSpan((int)ox, (int)n), Y.AsSpan((int)oy, (int)n), Alpha, Beta);
    }

    public void Binary(BinaryOp op, View a, View b, View y)
    {
        switch (y.Storage.DType)
        {
            case ScalarType.Float32: BinaryTyped<float>(op, a, b, y); break;
            case ScalarType.Float64: BinaryTyped<double>(op, a, b, y); break;
            case ScalarType.Int64: BinaryTyped<long>(op, a, b, y); break;
            default: throw new NotSupportedException($"{op} on {y.Storage.DType.Name()} tensors.");
        }
    }

    private static void BinaryTyped<T>(BinaryOp op, View a, View b, View y)
        where T : unmanaged, INumber<T>
    {
        switch (op)
        {
            case BinaryOp.Add: RunBinary<T, AddFn<T>>(a, b, y); break;
            case BinaryOp.Sub: RunBinary<T, SubFn<T>>(a, b, y); break;
            case BinaryOp.Mul: RunBinary<T, MulFn<T>>(a, b, y); break;
            case BinaryOp.Div: RunBinary<T, DivFn<T>>(a, b, y); break;
            case BinaryOp.Pow: RunBinary<T, PowFn<T>>(a, b, y); break;
            case BinaryOp.Maximum: RunBinary<T, MaximumFn<T>>(a, b, y); break;
            case BinaryOp.Minimum: RunBinary<T, MinimumFn<T>>(a, b, y); break;
            case BinaryOp.Atan2: RunBinary<T, Atan2Fn<T>>(a, b, y); break;
            case BinaryOp.ReluBackward: RunBinary<T, ReluBackwardFn<T>>(a, b, y); break;
        }
    }

    private static void RunBinary<T, TFn>(View a, View b, View y)
        where T : unmanaged, INumber<T>
        where TFn : IBinaryFn<T>
    {
        var k = new BinaryRows<T, TFn> { A = Data<T>(a), B = Data<T>(b), Y = Data<T>(y) };
        StridedRows.RunElementwise(ref k, y.Shape, a.Offset, a.Strides, b.Offset, b.Strides, y.Offset, y.Strides);
    }

    public void Compare(CompareOp op, View a, View b, View y)
    {
        switch (a.Storage.DType)
        {
            case ScalarType.Float32: CompareTyped<float>(op, a, b, y); break;
            case ScalarType.Float64: CompareTyped<double>(op, a, b, y); break;
            case ScalarType.Int64: CompareTyped<long>(op, a, b, y); break;
            case ScalarType.Bool: CompareTyped<byte>(op, a, b, y); break;
        }
    }

    private static void CompareTyped<T>(CompareOp op, View a, View b, View y)
        where T : unmanaged, INumber<T>
    {
        var k = new CompareRows<T> { A = Data<T>(a), B = Data<T>(b), Y = Data<byte>(y), Op = op };
        StridedRows.Run(ref k, y.Shape, a.Offset, a.Strides, b.Offset, b.Strides, y.Offset, y.Strides);
    }

    private struct CompareRows<T> : IRowKernel
        where T : unmanaged, INumber<T>
    {
        public T[] A, B;
        public byte[] Y;
        public CompareOp Op;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public readonly void Row(long oa, long ob, long oy, long o3, long n, long sa, long sb, long sy, long s3)
        {
            for (long i = 0; i < n; i++)
            {
                T x = A[oa + i * sa], z = B[ob + i * sb];
                bool r = Op switch
                {
                    CompareOp.Eq => x == z,
                    CompareOp.Ne => x != z,
                    CompareOp.Lt => x < z,
                    CompareOp.Le => x <= z,
                    CompareOp.Gt => x > z,
                    _ => x >= z,
                };
                Y[oy + i * sy] = r ? (byte)1 : (byte)0;
            }
        }
    }

    public void Logical(LogicalOp op, View a, View b, View y)
    {
        var k = new LogicalRows { A = Data<byte>(a), B = Data<byte>(b), Y = Data<byte>(y), Op = op };
        StridedRows.Run(ref k, y.Shape, a.Offset, a.Strides, b.Offset, b.Strides, y.Offset, y.Strides);
    }

    private struct LogicalRows : IRowKernel
    {
        public byte[] A, B, Y;
        public LogicalOp Op;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public readonly void Row(long oa, long ob, long oy, long o3, long n, long sa, long sb, long sy, long s3)
        {
            for (long i = 0; i < n; i++)
            {
                bool x = A[oa + i * sa] != 0, z = B[ob + i * sb] != 0;
                bool r = Op switch { LogicalOp.And => x && z, LogicalOp.Or => x || z, _ => x ^ z };
                Y[oy + i * sy] = r ? (byte)1 : (byte)0;
            }
        }
    }

    public void Where(View condition, View a, View b, View y)
    {
        switch (y.Storage.DType)
        {
            case ScalarType.Float32: WhereTyped<float>(condition, a, b, y); break;
            case ScalarType.Float64: WhereTyped<double>(condition, a, b, y); break;
            case ScalarType.Int64: WhereTyped<long>(condition, a, b, y); break;
            case ScalarType.Bool: WhereTyped<byte>(condition, a, b, y); break;
        }
    }

    private static void WhereTyped<T>(View c, View a, View b, View y)
        where T : unmanaged
    {
        var k = new WhereRows<T> { C = Data<byte>(c), A = Data<T>(a), B = Data<T>(b), Y = Data<T>(y) };
        StridedRows.Run(ref k, y.Shape, c.Offset, c.Strides, a.Offset, a.Strides, b.Offset, b.Strides, y.Offset, y.Strides);
    }

    private struct WhereRows<T> : IRowKernel
        where T : unmanaged
    {
        public byte[] C;
        public T[] A, B, Y;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public readonly void Row(long oc, long oa, long ob, long oy, long n, long sc, long sa, long sb, long sy)
        {
            for (long i = 0; i < n; i++)
                Y[oy + i * sy] = C[oc + i * sc] != 0 ? A[oa + i * sa] : B[ob + i * sb];
        }
    }
}
