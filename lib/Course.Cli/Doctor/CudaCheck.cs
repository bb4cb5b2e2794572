using static AstroDL.torch;

namespace Course.Cli.Doctor;

/// <summary>
/// Whether a GPU can be used. <see cref="ProbeTrace"/> is the one place where the CUDA loader's search (the libraries
/// it looked for, where, and what it found) is printed, so a missing driver or toolkit can be diagnosed.
/// </summary>
internal static class CudaCheck
{
    public static Finding Run() => cuda.is_available()
        ? new Finding("CUDA", Severity.Ok, $"{cuda.device_count()} device(s)", Details: ProbeTrace())
        : new Finding("CUDA", Severity.Note, "torch.cuda.is_available() is false",
            "the notebooks run on the CPU; for a GPU install the NVIDIA driver and CUDA 11.8 to 13", ProbeTrace());

    /// <summary>The CUDA loader's trace, one line per step; the CUDA backend's probe replaces this report as it lands.</summary>
    public static IReadOnlyList<string> ProbeTrace() =>
        [$"torch.cuda.is_available() = {(cuda.is_available() ? "true" : "false")}, device_count = {cuda.device_count()}"];
}
