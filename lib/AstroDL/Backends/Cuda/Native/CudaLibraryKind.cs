namespace AstroDL.Backends.Cuda.Native;

/// <summary>The three native libraries the CUDA backend calls.</summary>
internal enum CudaLibraryKind
{
    /// <summary>The driver API (libcuda / nvcuda), installed with the NVIDIA driver.</summary>
    Driver,

    /// <summary>The runtime compiler that turns the kernels' CUDA C into device code.</summary>
    Nvrtc,

    /// <summary>NVIDIA's BLAS, for matrix products.</summary>
    Cublas,
}
