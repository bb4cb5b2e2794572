using AstroDL.Backends.Cuda;
using static AstroDL.torch;

namespace AstroDL.Tests.Cuda;

/// <summary>Where CUDA is missing, asking for it fails loudly with the diagnosis: never a silent CPU fallback.</summary>
public class CudaUnavailableTests
{
    private static CudaLibraries NothingInstalled() => new(new FakeNativeHost().Folder("/usr/lib/x86_64-linux-gnu"));

    [Fact]
    public void With_nothing_installed_every_part_is_reported_missing()
    {
        var libraries = NothingInstalled();
        Assert.False(libraries.IsUsable);
        Assert.Equal(0, libraries.DeviceCount);
        Assert.Equal(3, libraries.Problems.Count);
    }

    [Fact]
    public void The_error_names_what_was_tried_and_what_to_do()
    {
        var message = new CudaUnavailableException("cuda:0", NothingInstalled()).Message;
        Assert.StartsWith("cuda:0: CUDA is not available on this machine.", message);
        Assert.Contains("libcuda.so.1", message);
        Assert.Contains("NVRTC: not found; looked for libnvrtc.so.13, libnvrtc.so.12, libnvrtc.so.11.2", message);
        Assert.Contains("ASTRODL_CUBLAS", message);
        Assert.Contains("course doctor", message);
        Assert.Contains("torch.cuda.is_available() ? torch.CUDA : torch.CPU", message);
    }

    [Fact]
    public void The_probe_reports_each_search_step_without_throwing()
    {
        var report = CudaProbe.Describe(NothingInstalled(), compileKernels: true);
        Assert.False(report.IsAvailable);
        Assert.StartsWith("CUDA: not available", report.Lines[0]);
        Assert.Contains(report.Lines, l => l.Contains("failed  libcuda.so.1"));
        Assert.Contains(report.Lines, l => l.Contains("searched folders: /usr/lib/x86_64-linux-gnu"));
        Assert.Contains(report.Lines, l => l.StartsWith("kernel cache:", StringComparison.Ordinal));
        Assert.Equal(string.Join(Environment.NewLine, report.Lines), report.ToString());
    }

    [WithoutCudaFact]
    public void A_cuda_tensor_on_a_machine_without_cuda_throws_the_diagnosis()
    {
        Assert.False(cuda.is_available());
        var error = Assert.Throws<CudaUnavailableException>(() => zeros([2, 3], device: CUDA));
        Assert.Contains("CUDA is not available", error.Message);
        Assert.Throws<CudaUnavailableException>(() => ones(3).cuda());
        Assert.Equal(0, cuda.memory_allocated());
    }
}
