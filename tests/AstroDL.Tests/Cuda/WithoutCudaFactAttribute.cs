using AstroDL.Backends.Cuda;

namespace AstroDL.Tests.Cuda;

/// <summary>A test of what happens where CUDA cannot run: skipped on a machine where it can.</summary>
public sealed class WithoutCudaFactAttribute : FactAttribute
{
    public WithoutCudaFactAttribute()
    {
        if (CudaLibraries.System.IsUsable) Skip = "CUDA is usable on this machine; this test checks the error where it is not.";
    }
}
