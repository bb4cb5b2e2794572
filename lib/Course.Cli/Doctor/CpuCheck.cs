using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Course.Cli.Doctor;

/// <summary>The CPU features the CPU backend's fast kernels use (AVX2 and FMA; AVX-512F for the widest ones; NEON on Arm).</summary>
internal static class CpuCheck
{
    public static Finding Run()
    {
        var architecture = RuntimeInformation.ProcessArchitecture;
        var cores = Environment.ProcessorCount;
        if (architecture is Architecture.Arm64)
        {
            return new Finding("CPU", Severity.Ok, $"arm64, {cores} cores; AdvSimd (NEON) {YesNo(AdvSimd.IsSupported)}");
        }

        var found = $"{architecture.ToString().ToLowerInvariant()}, {cores} cores; AVX2 {YesNo(Avx2.IsSupported)}, FMA {YesNo(Fma.IsSupported)}, " +
            $"AVX-512F {YesNo(Avx512F.IsSupported)}";
        return Avx2.IsSupported && Fma.IsSupported
            ? new Finding("CPU", Severity.Ok, found)
            : new Finding("CPU", Severity.Note, found, "without AVX2 and FMA the matrix kernels take their portable path, several times slower; use fewer epochs");
    }

    private static string YesNo(bool supported) => supported ? "yes" : "no";
}
