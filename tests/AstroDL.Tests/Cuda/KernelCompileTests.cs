using AstroDL.Backends.Cuda;
using AstroDL.Backends.Cuda.Kernels;
using Xunit.Abstractions;

namespace AstroDL.Tests.Cuda;

/// <summary>Every kernel family compiles with the NVRTC found on this machine, for the oldest and newest GPUs CUDA 13 supports.</summary>
public class KernelCompileTests(ITestOutputHelper output)
{
    [NvrtcFact]
    public void Every_kernel_family_compiles_to_cubin_for_turing_and_hopper()
    {
        var nvrtc = CudaLibraries.System.Nvrtc!;
        var compiler = new NvrtcCompiler(nvrtc);
        var supported = nvrtc.SupportedArchitectures;
        int kernels = 0;
        foreach (int capability in new[] { 75, 90 })
        {
            if (supported is not null && !supported.Contains(capability)) continue;
            var target = CompileTarget.For(capability, supported);
            foreach (var family in KernelFamilies.All)
            {
                var cubin = compiler.Compile(family, target);
                // An ELF image that names every generated entry point.
                Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, cubin[..4]);
                var text = System.Text.Encoding.ASCII.GetString(cubin);
                foreach (var kernel in family.KernelNames)
                {
                    Assert.Contains(kernel, text);
                    kernels++;
                }
            }
        }
        output.WriteLine($"NVRTC {compiler.Version.Major}.{compiler.Version.Minor} ({nvrtc.Library.Source}): {kernels} kernels compiled.");
        Assert.True(kernels > 0);
    }
}
