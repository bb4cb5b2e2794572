using System.Diagnostics;
using System.Globalization;
using AstroDL.Backends.Cuda.Kernels;
using AstroDL.Backends.Cuda.Memory;
using AstroDL.Backends.Cuda.Native;

namespace AstroDL.Backends.Cuda;

/// <summary>
/// The diagnosis <c>course doctor</c> prints: which CUDA libraries were looked for, where, what loaded or why not,
/// the GPUs and what the kernels are compiled for. Needs no GPU; never throws for a missing part.
/// </summary>
public static class CudaProbe
{
    /// <summary>Reports on this machine's CUDA setup. With <paramref name="compileKernels"/>, also compiles every kernel family with NVRTC.</summary>
    public static CudaProbeReport Run(bool compileKernels = false) => Describe(CudaLibraries.System, compileKernels);

    internal static CudaProbeReport Describe(CudaLibraries libraries, bool compileKernels)
    {
        var lines = new List<string>
        {
            libraries.IsUsable
                ? $"CUDA: available, {libraries.DeviceCount} device(s)"
                : "CUDA: not available (tensors stay on the CPU unless a program asks for torch.CUDA, which then fails with this diagnosis)",
        };
        lines.AddRange(libraries.Problems.Select(p => "  problem: " + p));

        var capabilities = new List<int>();
        if (libraries.Driver is { } driver)
        {
            int version = libraries.DriverVersion;
            lines.Add($"driver: {driver.Library.Source}, supports CUDA {version / 1000}.{version % 1000 / 10}");
            for (int i = 0; i < libraries.DeviceCount; i++)
            {
                try
                {
                    var device = DeviceProperties.Read(driver, i);
                    capabilities.Add(device.Capability);
                    lines.Add($"device cuda:{i}: {device.Name}, sm_{device.Capability}, {device.Multiprocessors} multiprocessors, " +
                              CachingAllocator.Bytes(device.TotalMemory));
                }
                catch (CudaException e)
                {
                    lines.Add($"device cuda:{i}: cannot be queried: {e.Message}");
                }
            }
        }
        if (libraries.Nvrtc is { } nvrtc)
        {
            var (major, minor) = nvrtc.Version;
            var archs = nvrtc.SupportedArchitectures;
            lines.Add($"NVRTC: {nvrtc.Library.Source}, version {major}.{minor}" +
                      (archs is null ? "" : $", compiles for sm_{archs.Min()} to sm_{archs.Max()}"));
            foreach (var capability in capabilities.Distinct())
            {
                var target = TryTarget(capability, archs, out var problem);
                lines.Add(target is null ? $"  sm_{capability}: {problem}"
                    : $"  sm_{capability}: kernels compiled as {target.Architecture} {(target.Cubin ? "CUBIN" : "PTX, which the driver compiles on loading")}");
            }
            if (compileKernels) lines.AddRange(CompileAll(nvrtc, capabilities.Count > 0 ? capabilities[0] : 75, archs));
        }
        if (libraries.Cublas is { } cublas) lines.Add($"cuBLAS: {cublas.Library.Source}");
        var cacheFolder = KernelDiskCache.DefaultFolder();
        lines.Add($"kernel cache: {cacheFolder ?? $"off ({KernelDiskCache.FolderVariable} is empty)"}");
        lines.Add($"launch debugging ({CudaDebug.Variable}=1): {(CudaDebug.Enabled ? "on" : "off")}");
        lines.Add("library search:");
        lines.AddRange(libraries.Trace.Lines.Select(l => "  " + l));
        return new CudaProbeReport(libraries.IsUsable, libraries.Problems, lines);
    }

    private static CompileTarget? TryTarget(int capability, IReadOnlyList<int>? archs, out string problem)
    {
        problem = "";
        try
        {
            return CompileTarget.For(capability, archs);
        }
        catch (CudaException e)
        {
            problem = e.Message;
            return null;
        }
    }

    /// <summary>Compiles every family for the first device (or sm_75, the oldest GPU CUDA 13 supports, without one).</summary>
    private static IEnumerable<string> CompileAll(NvrtcApi nvrtc, int capability, IReadOnlyList<int>? archs)
    {
        var target = TryTarget(capability, archs, out var problem);
        if (target is null)
        {
            yield return "  kernels: " + problem;
            yield break;
        }
        var compiler = new NvrtcCompiler(nvrtc);
        foreach (var family in KernelFamilies.All)
        {
            var watch = Stopwatch.StartNew();
            string outcome;
            try
            {
                var code = compiler.Compile(family, target);
                outcome = $"{family.KernelNames.Count()} kernels, {code.Length / 1024} KiB of {target.Extension}, " +
                          watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
            }
            catch (CudaException e)
            {
                outcome = "FAILED: " + e.Message;
            }
            yield return $"  compiled '{family.Name}' for {target.Architecture}: {outcome}";
        }
    }
}
