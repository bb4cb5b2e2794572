namespace AstroDL.Backends.Cuda;

/// <summary>
/// A CUDA tensor was asked for where CUDA cannot run. The kit never falls back to the CPU silently: the message
/// says which part is missing, what was searched, and what to do.
/// </summary>
public sealed class CudaUnavailableException : CudaException
{
    internal CudaUnavailableException(string what, CudaLibraries libraries)
        : base(Compose(what, libraries))
    {
    }

    private static string Compose(string what, CudaLibraries libraries)
    {
        var lines = new List<string> { $"{what}: CUDA is not available on this machine." };
        lines.AddRange(libraries.Problems.Select(p => "  - " + p));
        lines.Add("What to do: on a machine with an NVIDIA GPU, install the NVIDIA driver, and NVRTC and cuBLAS from a CUDA 11.8 to 13 " +
                  "toolkit or from pip (pip install nvidia-cuda-nvrtc-cu12 nvidia-cublas-cu12; PyTorch's CUDA wheels bring them too). " +
                  "`course doctor` prints every place that was searched. To run anyway on the CPU, choose the device with " +
                  "torch.cuda.is_available() ? torch.CUDA : torch.CPU.");
        return string.Join("\n", lines);
    }
}
