namespace AstroDL.Backends.Cuda;

/// <summary>A CUDA call failed. <see cref="Result"/> is the driver's CUresult code when one caused it.</summary>
public class CudaException : Exception
{
    /// <summary>Kernel faults (illegal address, misaligned access, launch failure, device assert, illegal instruction) poison the context.</summary>
    private static readonly HashSet<int> StickyResults = [700, 710, 714, 715, 716, 717, 718, 719];

    public CudaException(string message, int? result = null)
        : base(result is { } r && StickyResults.Contains(r)
            ? message + " A fault inside a kernel leaves the GPU context unusable: restart the process (in a notebook, " +
              "restart the kernel). Set ASTRODL_CUDA_DEBUG=1 to find the kernel that faulted."
            : message)
    {
        Result = result;
    }

    public int? Result { get; }
}
