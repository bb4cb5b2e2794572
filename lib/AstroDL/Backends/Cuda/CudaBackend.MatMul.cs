using AstroDL.Backends.Cuda.Kernels;
using AstroDL.Backends.Cuda.Native;

namespace AstroDL.Backends.Cuda;

internal sealed unsafe partial class CudaBackend
{
    /// <summary>Whether float32 products may run on tensor cores in TF32 (about 10 bits of mantissa; off by default, as in PyTorch).</summary>
    internal static bool AllowTf32 { get; set; }

    public void MatMul(View a, View b, View c, bool accumulate = false)
    {
        long batches = c.Shape[0], m = c.Shape[1], n = c.Shape[2], k = a.Shape[2];
        var type = c.Storage.DType;
        if (c.Count == 0) return;
        if (accumulate || c.IsSharedAcrossBatch)
        {
            AddProducts(a, b, c, accumulate);
            return;
        }
        if (k == 0)
        {
            Fill(c, 0);
            return;
        }
        if (type == ScalarType.Int64)
        {
            LaunchPerElement(MatMulKernelSource.Family, KernelTypes.KernelName("matmul", type), c.Count,
                KernelArguments.Start().Add(At(a)).Add(At(b)).Add(At(c)).Add(batches).Add(m).Add(n).Add(k)
                    .Add(a.Strides[0]).Add(a.Strides[1]).Add(a.Strides[2]).Add(b.Strides[0]).Add(b.Strides[1]).Add(b.Strides[2])
                    .Add(c.Strides[0]).Add(c.Strides[1]));
            return;
        }
        if (!torch.is_floating_point(type)) throw new NotSupportedException($"matmul of {type.Name()} tensors.");
        // Strided rows and batches (a group's block of a convolution's output) are cuBLAS's ldc and strideC; any other
        // layout is computed packed and copied into place.
        if (GemmOperand.Describe(m, n, c.Strides[1], c.Strides[2]) is not { Transpose: false } output)
        {
            var packed = new CudaStorage(this, type, c.Count);
            try
            {
                var result = new View(packed, 0, c.Shape, Layout.ContiguousStrides(c.Shape));
                MatMul(a, b, result);
                Copy(result, c);
            }
            finally
            {
                packed.ReturnBlock();
            }
            return;
        }
        var temporaries = new List<CudaStorage>();
        try
        {
            var (opA, aView) = InPlaceOrCopy(a, temporaries);
            var (opB, bView) = InPlaceOrCopy(b, temporaries);
            Gemm(type, batches, m, n, k, opA, aView, opB, bView, c, output.LeadingDimension);
        }
        finally
        {
            foreach (var t in temporaries) t.ReturnBlock();
        }
    }

    /// <summary>
    /// c (+)= the products, summed over the batch when c is shared by every batch (batch stride 0): they are formed in
    /// a temporary, reduced and added with the backend's own ops, so no two threads of a kernel write one element.
    /// </summary>
    private void AddProducts(View a, View b, View c, bool accumulate)
    {
        long[] shape = [c.Shape[0], c.Shape[1], c.Shape[2]], one = [1, c.Shape[1], c.Shape[2]];
        var products = new CudaStorage(this, c.Storage.DType, c.Count);
        var sum = c.IsSharedAcrossBatch ? new CudaStorage(this, c.Storage.DType, c.Shape[1] * c.Shape[2]) : null;
        try
        {
            var result = new View(products, 0, shape, Layout.ContiguousStrides(shape));
            MatMul(a, b, result);
            var target = c;
            if (sum is not null)
            {
                var total = new View(sum, 0, one, Layout.ContiguousStrides(one));
                Reduce(ReduceOp.Sum, result, total);
                result = total;
                target = new View(c.Storage, c.Offset, one, c.Strides);
            }
            if (accumulate) Binary(BinaryOp.Add, target, result, target);
            else Copy(result, target);
        }
        finally
        {
            products.ReturnBlock();
            sum?.ReturnBlock();
        }
    }

    /// <summary>The operand as cuBLAS can read it, copied to a contiguous matrix when its strides do not allow that.</summary>
    private (GemmOperand Op, View View) InPlaceOrCopy(View x, List<CudaStorage> temporaries)
    {
        if (GemmOperand.Describe(x.Shape[1], x.Shape[2], x.Strides[1], x.Strides[2]) is { } op) return (op, x);
        temporaries.Add(ContiguousCopy(x, out var copy));
        return (GemmOperand.Describe(x.Shape[1], x.Shape[2], copy.Strides[1], copy.Strides[2])!.Value, copy);
    }

    /// <summary>C = A·B row-major, as Cᵀ = Bᵀ·Aᵀ in cuBLAS's column-major terms: B goes first. C has unit column stride and row stride rowStrideC.</summary>
    private void Gemm(ScalarType type, long batches, long m, long n, long k, GemmOperand opA, View a, GemmOperand opB, View b, View c, long rowStrideC)
    {
        int Fits(long value, string what) => value <= int.MaxValue
            ? (int)value
            : throw new NotSupportedException($"matmul: {what} {value} exceeds what cuBLAS takes (2^31 - 1).");
        int bm = Fits(n, "size"), bn = Fits(m, "size"), bk = Fits(k, "size"), count = Fits(batches, "batch count");
        int ldb = Fits(opB.LeadingDimension, "row stride"), lda = Fits(opA.LeadingDimension, "row stride"), ldc = Fits(rowStrideC, "row stride");
        int transB = opB.Transpose ? CublasApi.OpTranspose : CublasApi.OpNone;
        int transA = opA.Transpose ? CublasApi.OpTranspose : CublasApi.OpNone;
        long strideB = b.Strides[0], strideA = a.Strides[0], strideC = c.Strides[0];
        var cublas = Gpu.Cublas;
        lock (Gpu.CublasLock)
        {
            var handle = Gpu.CublasHandle;
            Gpu.MakeCurrent();
            if (type == ScalarType.Float64)
            {
                double one = 1, zero = 0;
                cublas.Check(cublas.cublasDgemmStridedBatched(handle, transB, transA, bm, bn, bk, &one, At(b), ldb, strideB,
                    At(a), lda, strideA, &zero, At(c), ldc, strideC, count), "cublasDgemmStridedBatched");
            }
            else if (AllowTf32)
            {
                float one = 1, zero = 0;
                cublas.Check(cublas.cublasGemmStridedBatchedEx(handle, transB, transA, bm, bn, bk, &one, At(b), CublasApi.Real32, ldb, strideB,
                    At(a), CublasApi.Real32, lda, strideA, &zero, At(c), CublasApi.Real32, ldc, strideC, count,
                    CublasApi.ComputeFastTf32, CublasApi.GemmDefault), "cublasGemmStridedBatchedEx");
            }
            else
            {
                float one = 1, zero = 0;
                cublas.Check(cublas.cublasSgemmStridedBatched(handle, transB, transA, bm, bn, bk, &one, At(b), ldb, strideB,
                    At(a), lda, strideA, &zero, At(c), ldc, strideC, count), "cublasSgemmStridedBatched");
            }
        }
        if (CudaDebug.Enabled) Gpu.Synchronize("cuBLAS matrix product");
    }
}
