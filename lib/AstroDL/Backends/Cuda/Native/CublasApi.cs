namespace AstroDL.Backends.Cuda.Native;

/// <summary>The cuBLAS functions the backend calls (matrix products), bound by their exported names.</summary>
internal sealed unsafe class CublasApi
{
    public const int OpNone = 0;
    public const int OpTranspose = 1;
    /// <summary>cudaDataType CUDA_R_32F.</summary>
    public const int Real32 = 0;
    /// <summary>cublasComputeType_t: float32 inputs multiplied on tensor cores in TF32.</summary>
    public const int ComputeFastTf32 = 77;
    /// <summary>cublasGemmAlgo_t CUBLAS_GEMM_DEFAULT.</summary>
    public const int GemmDefault = -1;

    public CublasApi(LoadedLibrary library)
    {
        Library = library;
        var b = new ExportBinder(library);
        cublasCreate = (delegate* unmanaged<IntPtr*, int>)b.Required("cublasCreate_v2");
        cublasSetStream = (delegate* unmanaged<IntPtr, IntPtr, int>)b.Required("cublasSetStream_v2");
        cublasGetVersion = (delegate* unmanaged<IntPtr, int*, int>)b.Required("cublasGetVersion_v2");
        cublasSgemmStridedBatched = (delegate* unmanaged<IntPtr, int, int, int, int, int, float*, ulong, int, long, ulong, int, long, float*, ulong, int, long, int, int>)
            b.Required("cublasSgemmStridedBatched");
        cublasDgemmStridedBatched = (delegate* unmanaged<IntPtr, int, int, int, int, int, double*, ulong, int, long, ulong, int, long, double*, ulong, int, long, int, int>)
            b.Required("cublasDgemmStridedBatched");
        cublasGemmStridedBatchedEx = (delegate* unmanaged<IntPtr, int, int, int, int, int, void*, ulong, int, int, long, ulong, int, int, long, void*, ulong, int, int, long, int, int, int, int>)
            b.Required("cublasGemmStridedBatchedEx");
        b.ThrowIfMissing();
    }

    public LoadedLibrary Library { get; }

    public readonly delegate* unmanaged<IntPtr*, int> cublasCreate;
    public readonly delegate* unmanaged<IntPtr, IntPtr, int> cublasSetStream;
    public readonly delegate* unmanaged<IntPtr, int*, int> cublasGetVersion;
    // (handle, transa, transb, m, n, k, alpha, A, lda, strideA, B, ldb, strideB, beta, C, ldc, strideC, batchCount)
    public readonly delegate* unmanaged<IntPtr, int, int, int, int, int, float*, ulong, int, long, ulong, int, long, float*, ulong, int, long, int, int> cublasSgemmStridedBatched;
    public readonly delegate* unmanaged<IntPtr, int, int, int, int, int, double*, ulong, int, long, ulong, int, long, double*, ulong, int, long, int, int> cublasDgemmStridedBatched;
    // (handle, transa, transb, m, n, k, alpha, A, Atype, lda, strideA, B, Btype, ldb, strideB, beta, C, Ctype, ldc, strideC, batchCount, computeType, algo)
    public readonly delegate* unmanaged<IntPtr, int, int, int, int, int, void*, ulong, int, int, long, ulong, int, int, long, void*, ulong, int, int, long, int, int, int, int> cublasGemmStridedBatchedEx;

    public void Check(int status, string call)
    {
        if (status != 0) throw new CudaException($"{call} failed: {StatusName(status)}.");
    }

    /// <summary>cublasStatus_t names (cublasGetStatusString is missing from older releases).</summary>
    private static string StatusName(int status) => status switch
    {
        1 => "CUBLAS_STATUS_NOT_INITIALIZED (no usable GPU context)",
        3 => "CUBLAS_STATUS_ALLOC_FAILED (out of GPU memory)",
        7 => "CUBLAS_STATUS_INVALID_VALUE",
        8 => "CUBLAS_STATUS_ARCH_MISMATCH (this GPU lacks a required feature)",
        11 => "CUBLAS_STATUS_MAPPING_ERROR",
        13 => "CUBLAS_STATUS_EXECUTION_FAILED (a GPU kernel failed)",
        14 => "CUBLAS_STATUS_INTERNAL_ERROR",
        15 => "CUBLAS_STATUS_NOT_SUPPORTED",
        16 => "CUBLAS_STATUS_LICENSE_ERROR",
        _ => $"cublasStatus_t {status}",
    };
}
