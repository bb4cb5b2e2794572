namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// What NVRTC compiles for: CUBIN for the device's own architecture (sm_XY), which the driver loads as is; or,
/// when this NVRTC does not know the device (a GPU newer than the compiler), PTX for the newest virtual
/// architecture it knows (compute_XY), which the driver compiles for the device when it loads it.
/// </summary>
internal sealed record CompileTarget(string Architecture, bool Cubin)
{
    /// <param name="capability">The device's compute capability as 10·major + minor (90 for an H100).</param>
    /// <param name="supported">The real architectures this NVRTC can emit, or null when it cannot say (assume all).</param>
    public static CompileTarget For(int capability, IReadOnlyList<int>? supported)
    {
        if (supported is null || supported.Contains(capability)) return new CompileTarget($"sm_{capability}", Cubin: true);
        var older = supported.Where(a => a < capability).ToArray();
        if (older.Length == 0)
            throw new CudaException(
                $"This NVRTC compiles for sm_{supported.Min()} to sm_{supported.Max()}, but the GPU is sm_{capability}. " +
                "Use an NVRTC from an older CUDA release (CUDA 12 still supports GPUs back to sm_50).");
        return new CompileTarget($"compute_{older.Max()}", Cubin: false);
    }

    /// <summary>The file extension of the compiled code in the disk cache.</summary>
    public string Extension => Cubin ? "cubin" : "ptx";
}
