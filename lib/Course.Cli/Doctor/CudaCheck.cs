using AstroDL.Backends.Cuda;
using static AstroDL.torch;

namespace Course.Cli.Doctor;

/// <summary>
/// Whether a GPU can be used, with the CUDA loader's trace (the libraries it looked for, where, and what it found), so a
/// missing driver or toolkit can be diagnosed.
/// </summary>
internal static class CudaCheck
{
    public static Finding Run()
    {
        var probe = CudaProbe.Run();
        return probe.IsAvailable
            ? new Finding("CUDA", Severity.Ok, $"{cuda.device_count()} device(s)", Details: probe.Lines)
            : new Finding("CUDA", Severity.Note, "torch.cuda.is_available() is false",
                "the notebooks run on the CPU; for a GPU: " + (probe.Problems.Count > 0 ? string.Join("; ", probe.Problems) : "install the NVIDIA driver and CUDA 11.8 to 13"),
                probe.Lines);
    }
}
