using AstroDL.Backends.Cuda.Native;

namespace AstroDL.Tests.Cuda;

public class CudaLibraryLocationsTests
{
    [Fact]
    public void Names_cover_cuda_11_8_to_13_newest_first()
    {
        Assert.Equal(["libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so.11.2"],
            CudaLibraryLocations.Names(CudaLibraryKind.Nvrtc, windows: false).Select(n => n.File));
        Assert.Equal(["libcublas.so.13", "libcublas.so.12", "libcublas.so.11"],
            CudaLibraryLocations.Names(CudaLibraryKind.Cublas, windows: false).Select(n => n.File));
        Assert.Equal(["nvrtc64_130_0.dll", "nvrtc64_120_0.dll", "nvrtc64_112_0.dll"],
            CudaLibraryLocations.Names(CudaLibraryKind.Nvrtc, windows: true).Select(n => n.File));
        Assert.Equal(["cublas64_13.dll", "cublas64_12.dll", "cublas64_11.dll"],
            CudaLibraryLocations.Names(CudaLibraryKind.Cublas, windows: true).Select(n => n.File));
        Assert.Equal("libcublasLt.so.12", CudaLibraryLocations.Names(CudaLibraryKind.Cublas, windows: false)[1].Companion);
    }

    [Fact]
    public void Linux_folders_cover_toolkits_distribution_packages_and_wheels_of_every_python()
    {
        var host = new FakeNativeHost()
            .Variable("CUDA_HOME", "/opt/cuda-12.2")
            .Variable("CONDA_PREFIX", "/opt/miniconda")
            .Folder("/usr/local/cuda-12.4").Folder("/usr/local/cuda-13.0")
            .Folder("/usr/local/lib/python3.10").Folder("/opt/miniconda/lib/python3.12");
        var folders = CudaLibraryLocations.Folders(CudaLibraryKind.Cublas, host);
        string[] expectedInOrder =
        [
            "/opt/cuda-12.2/lib64",
            "/usr/local/cuda/lib64",
            "/usr/local/cuda-13.0/lib64",
            "/usr/local/cuda-12.4/lib64",
            "/usr/lib/x86_64-linux-gnu",
            "/opt/miniconda/lib/python3.12/site-packages/nvidia/cu13/lib",
            "/opt/miniconda/lib/python3.12/site-packages/nvidia/cublas/lib",
            "/usr/local/lib/python3.10/dist-packages/nvidia/cublas/lib",
        ];
        var positions = expectedInOrder.Select(f => folders.ToList().IndexOf(f)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0, string.Join("\n", folders)));
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(folders.Count, folders.Distinct().Count());
    }

    [Fact]
    public void The_driver_is_not_searched_in_toolkits_or_wheels()
    {
        var host = new FakeNativeHost().Variable("CUDA_PATH", "/usr/local/cuda-12.4").Variable("VIRTUAL_ENV", "/venv");
        var folders = CudaLibraryLocations.Folders(CudaLibraryKind.Driver, host);
        Assert.Contains("/usr/lib/wsl/lib", folders);
        Assert.DoesNotContain(folders, f => f.Contains("cuda") || f.Contains("site-packages"));
    }

    [Fact]
    public void Extra_python_sites_come_from_the_environment()
    {
        var host = new FakeNativeHost().Variable("ASTRODL_PYTHON_SITE", "/a/site-packages:/b/site-packages/");
        var folders = CudaLibraryLocations.Folders(CudaLibraryKind.Nvrtc, host);
        Assert.Contains("/a/site-packages/nvidia/cuda_nvrtc/lib", folders);
        Assert.Contains("/b/site-packages/nvidia/cu13/lib", folders);
    }

    [Fact]
    public void Environments_under_opt_are_found_without_being_activated()
    {
        var host = new FakeNativeHost().Folder("/opt/venv/lib/python3.12").Folder("/opt/venv/lib").Folder("/opt/venv");
        Assert.Contains("/opt/venv/lib/python3.12/site-packages/nvidia/cuda_nvrtc/lib", CudaLibraryLocations.Folders(CudaLibraryKind.Nvrtc, host));
    }
}
