using System.Numerics;
using System.Numerics.Tensors;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    /// <summary>Below this many multiply-adds a product runs on one thread: a parallel loop costs microseconds.</summary>
    private const long ParallelWorkThreshold = 1 << 18;

    public void MatMul(View a, View b, View c, bool accumulate = false)
    {
        switch (c.Storage.DType)
        {
            // The packed kernel writes whole rows of C tiles, so it needs unit column stride in C (always so for a fresh result).
            case ScalarType.Float32 when Sgemm.IsSupported && c.Strides[2] == 1: Sgemm.Multiply(a, b, c, torch.get_num_threads(), accumulate); break;
            case ScalarType.Float32: MatMulSimple<float>(a, b, c, accumulate); break;
            case ScalarType.Float64: MatMulSimple<double>(a, b, c, accumulate); break;
            case ScalarType.Int64: MatMulSimple<long>(a, b, c, accumulate); break;
            default: throw new NotSupportedException($"matmul of {c.Storage.DType.Name()} tensors.");
        }
    }

    /// <summary>Row by row over TensorPrimitives: float64 (gradient checks), int64, and float32 without AVX2/FMA.</summary>
    internal void MatMulSimple<T>(View a, View b, View c, bool accumulate = false)
        where T : unmanaged, INumber<T>
    {
        long batches = c.Shape[0], m = c.Shape[1], n = c.Shape[2], kDim = a.Shape[2];
        bool rowsOfB = b.Strides[2] == 1;
        bool dotForm = !rowsOfB && b.Strides[1] == 1 && a.Strides[2] == 1;
        if (!rowsOfB && !dotForm)
        {
            var packed = Allocate(b.Storage.DType, b.Count);
            var bc = new View(packed, 0, b.Shape, Layout.ContiguousStrides(b.Shape));
            Copy(b, bc);
            b = bc;
            rowsOfB = true;
        }
        T[] A = Data<T>(a), B = Data<T>(b), C = Data<T>(c);
        long aOff = a.Offset, bOff = b.Offset, cOff = c.Offset;
        long[] sa = a.Strides, sb = b.Strides, sc = c.Strides;
        void RowOfC(long batch, long i, bool addToC)
        {
            long aRow = aOff + batch * sa[0] + i * sa[1];
            long bBase = bOff + batch * sb[0];
            var cRow = C.AsSpan((int)(cOff + batch * sc[0] + i * sc[1]), (int)n);
            if (rowsOfB)
            {
                if (!addToC) cRow.Clear();
                for (long k = 0; k < kDim; k++)
                {
                    T aik = A[aRow + k * sa[2]];
                    TensorPrimitives.MultiplyAdd(B.AsSpan((int)(bBase + k * sb[1]), (int)n), aik, cRow, cRow);
                }
            }
            else
            {
                var aSpan = A.AsSpan((int)aRow, (int)kDim);
                for (long j = 0; j < n; j++)
                {
                    T dot = TensorPrimitives.Dot<T>(aSpan, B.AsSpan((int)(bBase + j * sb[2]), (int)kDim));
                    cRow[(int)j] = addToC ? cRow[(int)j] + dot : dot;
                }
            }
        }
        // A shared C (batch stride 0) sums the batches: each of its rows takes them in order, on one worker.
        bool shared = c.IsSharedAcrossBatch;
        void Row(long row)
        {
            if (!shared)
            {
                RowOfC(row / m, row % m, accumulate);
                return;
            }
            for (long batch = 0; batch < batches; batch++) RowOfC(batch, row, accumulate || batch > 0);
        }
        long rows = shared ? m : batches * m;
        if (batches * m * n * kDim < ParallelWorkThreshold || torch.get_num_threads() == 1)
        {
            for (long r = 0; r < rows; r++) Row(r);
        }
        else
        {
            // Each row of C is written by exactly one worker, so the result does not depend on the thread count.
            Parallel.For(0, rows, new ParallelOptions { MaxDegreeOfParallelism = torch.get_num_threads() }, Row);
        }
    }
}
