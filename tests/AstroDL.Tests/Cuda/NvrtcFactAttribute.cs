using AstroDL.Backends.Cuda;

namespace AstroDL.Tests.Cuda;

/// <summary>A test that needs NVRTC (no GPU): skipped, with what was searched, where NVRTC cannot be loaded.</summary>
public sealed class NvrtcFactAttribute : FactAttribute
{
    public NvrtcFactAttribute()
    {
        var libraries = CudaLibraries.System;
        if (libraries.Nvrtc is null)
            Skip = "NVRTC is not installed, so the kernels cannot be compiled here (environment/setup-cuda-nvrtc.sh installs it " +
                   "on Debian; or pip install nvidia-cuda-nvrtc). " + libraries.NvrtcProblem;
    }
}
