using AstroDL.Backends.Cuda;

namespace AstroDL.Tests.Cuda;

/// <summary>A test that needs a working GPU: skipped, saying what is missing, where CUDA cannot run.</summary>
public sealed class CudaTheoryAttribute : TheoryAttribute
{
    public CudaTheoryAttribute()
    {
        var libraries = CudaLibraries.System;
        if (!libraries.IsUsable)
            Skip = "No usable GPU here (" + string.Join("; ", libraries.Problems) + "). These tests compare every CUDA op with the CPU; " +
                   "run them on a GPU machine (or the benchmarks' gpu-conformance mode there).";
    }
}
