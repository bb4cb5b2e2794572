using AstroDL.Backends.Cuda;
using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Tests.Cuda;

public class CompileTargetTests
{
    [Fact]
    public void A_known_architecture_gets_cubin() =>
        Assert.Equal(new CompileTarget("sm_90", true), CompileTarget.For(90, [75, 80, 86, 89, 90]));

    [Fact]
    public void Without_a_list_the_device_architecture_is_assumed() =>
        Assert.Equal(new CompileTarget("sm_86", true), CompileTarget.For(86, null));

    [Fact]
    public void A_gpu_newer_than_the_compiler_gets_ptx_for_the_newest_older_architecture() =>
        Assert.Equal(new CompileTarget("compute_90", false), CompileTarget.For(100, [75, 80, 86, 89, 90]));

    [Fact]
    public void A_gpu_older_than_the_compiler_is_refused_with_advice()
    {
        var error = Assert.Throws<CudaException>(() => CompileTarget.For(61, [75, 80, 90]));
        Assert.Contains("sm_61", error.Message);
        Assert.Contains("older CUDA release", error.Message);
    }

    [Fact]
    public void The_cache_file_name_changes_with_architecture_and_compiler_version()
    {
        var family = CopyKernelSource.Family;
        var sm90 = new CompileTarget("sm_90", true);
        var name = KernelDiskCache.FileName(family, sm90, (12, 4));
        Assert.Matches(@"^copy-sm_90-[0-9a-f]{16}\.cubin$", name);
        Assert.Equal(name, KernelDiskCache.FileName(family, sm90, (12, 4)));
        Assert.NotEqual(name, KernelDiskCache.FileName(family, sm90, (12, 6)));
        Assert.NotEqual(name[^22..], KernelDiskCache.FileName(family, new CompileTarget("sm_80", true), (12, 4))[^22..]);
        Assert.EndsWith(".ptx", KernelDiskCache.FileName(family, new CompileTarget("compute_90", false), (12, 4)));
    }
}
