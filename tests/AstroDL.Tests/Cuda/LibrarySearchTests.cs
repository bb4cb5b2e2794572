using AstroDL.Backends.Cuda.Native;

namespace AstroDL.Tests.Cuda;

public class LibrarySearchTests
{
    private static (LoadedLibrary? Found, LoaderTrace Trace) Search(FakeNativeHost host, CudaLibraryKind kind, int? newest = null)
    {
        var trace = new LoaderTrace();
        return (new LibrarySearch(host, trace).Find(kind, newest), trace);
    }

    [Fact]
    public void The_driver_is_loaded_by_its_soname_through_the_system_loader()
    {
        var host = new FakeNativeHost().SystemLibrary("libcuda.so.1");
        var (found, trace) = Search(host, CudaLibraryKind.Driver);
        Assert.Equal("libcuda.so.1", found?.Source);
        Assert.Equal(["libcuda.so.1"], host.Attempts);
        Assert.Contains(trace.Entries, e => e.Outcome == LoaderOutcome.Loaded && e.Detail.Contains("system loader"));
    }

    [Fact]
    public void The_unversioned_development_link_is_never_tried()
    {
        var host = new FakeNativeHost().File("/usr/lib/x86_64-linux-gnu/libcublas.so").File("/usr/lib/x86_64-linux-gnu/libnvrtc.so");
        Assert.Null(Search(host, CudaLibraryKind.Cublas).Found);
        Assert.Null(Search(host, CudaLibraryKind.Nvrtc).Found);
        Assert.DoesNotContain(host.Attempts, a => a.EndsWith(".so", StringComparison.Ordinal));
    }

    [Fact]
    public void Newest_release_wins_and_a_pytorch_wheel_is_found_in_site_packages()
    {
        var site = "/home/student/.local/lib/python3.11/site-packages";
        var host = new FakeNativeHost()
            .Variable("HOME", "/home/student")
            .File($"{site}/nvidia/cuda_nvrtc/lib/libnvrtc.so.12")
            .File($"{site}/nvidia/cuda_nvrtc/lib/libnvrtc-builtins.so.12.4")
            .File("/usr/lib/x86_64-linux-gnu/libnvrtc.so.11.2");
        var (found, trace) = Search(host, CudaLibraryKind.Nvrtc);
        Assert.Equal($"{site}/nvidia/cuda_nvrtc/lib/libnvrtc.so.12", found?.Source);
        Assert.Equal(12, found?.Major);
        // The builtins NVRTC loads at run time come from the same folder, first.
        int builtins = host.Attempts.IndexOf($"{site}/nvidia/cuda_nvrtc/lib/libnvrtc-builtins.so.12.4");
        Assert.True(builtins >= 0 && builtins < host.Attempts.IndexOf(found!.Source));
        Assert.Contains(trace.Entries, e => e.Outcome == LoaderOutcome.Failed && e.Candidate == "libnvrtc.so.13");
    }

    [Fact]
    public void Cuda13_wheels_share_one_folder_and_cublasLt_is_loaded_before_cublas()
    {
        var site = "/opt/venv/lib/python3.12/site-packages";
        var host = new FakeNativeHost()
            .Variable("VIRTUAL_ENV", "/opt/venv")
            .File($"{site}/nvidia/cu13/lib/libcublasLt.so.13")
            .File($"{site}/nvidia/cu13/lib/libcublas.so.13");
        var (found, _) = Search(host, CudaLibraryKind.Cublas);
        Assert.Equal($"{site}/nvidia/cu13/lib/libcublas.so.13", found?.Source);
        Assert.Equal([$"libcublas.so.13", $"{site}/nvidia/cu13/lib/libcublasLt.so.13", $"{site}/nvidia/cu13/lib/libcublas.so.13"], host.Attempts);
    }

    [Fact]
    public void Releases_newer_than_the_driver_are_skipped_with_a_reason()
    {
        var host = new FakeNativeHost()
            .File("/usr/local/cuda-13.0/lib64/libcublas.so.13")
            .File("/usr/local/cuda-12.4/lib64/libcublas.so.12");
        var (found, trace) = Search(host, CudaLibraryKind.Cublas, newest: 12);
        Assert.Equal("/usr/local/cuda-12.4/lib64/libcublas.so.12", found?.Source);
        Assert.DoesNotContain(host.Attempts, a => a.Contains("so.13"));
        Assert.Contains(trace.Entries, e => e.Outcome == LoaderOutcome.Skipped && e.Detail.Contains("supports CUDA 12"));
    }

    [Fact]
    public void The_override_variable_is_tried_first()
    {
        var host = new FakeNativeHost()
            .Variable("ASTRODL_NVRTC", "/opt/nvrtc/libnvrtc.so.12")
            .File("/opt/nvrtc/libnvrtc.so.12")
            .SystemLibrary("libnvrtc.so.13");
        var (found, trace) = Search(host, CudaLibraryKind.Nvrtc);
        Assert.Equal("/opt/nvrtc/libnvrtc.so.12", found?.Source);
        Assert.Equal(12, found?.Major);
        Assert.Contains("ASTRODL_NVRTC", trace.Entries.Single().Detail);
    }

    [Fact]
    public void A_failing_override_is_reported_and_the_search_goes_on()
    {
        var host = new FakeNativeHost()
            .Variable("ASTRODL_CUBLAS", "/wrong/libcublas.so.12")
            .File("/usr/local/cuda/lib64/libcublas.so.12");
        var (found, trace) = Search(host, CudaLibraryKind.Cublas);
        Assert.Equal("/usr/local/cuda/lib64/libcublas.so.12", found?.Source);
        Assert.Contains(trace.Entries, e => e.Outcome == LoaderOutcome.Failed && e.Candidate == "/wrong/libcublas.so.12");
    }

    [Fact]
    public void CUDA_PATH_comes_before_the_standard_install_places()
    {
        var host = new FakeNativeHost()
            .Variable("CUDA_PATH", "/opt/cuda-12.6/")
            .File("/opt/cuda-12.6/lib64/libcublas.so.12")
            .File("/usr/local/cuda/lib64/libcublas.so.12");
        Assert.Equal("/opt/cuda-12.6/lib64/libcublas.so.12", Search(host, CudaLibraryKind.Cublas).Found?.Source);
    }

    [Fact]
    public void A_failed_search_lists_every_name_the_folders_searched_and_the_missing_ones()
    {
        var host = new FakeNativeHost().Folder("/usr/lib/x86_64-linux-gnu");
        var (found, trace) = Search(host, CudaLibraryKind.Nvrtc);
        Assert.Null(found);
        var failed = trace.Entries.Where(e => e.Outcome == LoaderOutcome.Failed).Select(e => e.Candidate);
        Assert.Equal(["libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so.11.2"], failed);
        Assert.Contains(trace.Entries, e => e.Outcome == LoaderOutcome.Note && e.Detail == "/usr/lib/x86_64-linux-gnu");
        var absent = trace.Entries.Single(e => e.Outcome == LoaderOutcome.Absent);
        Assert.Contains("/usr/local/cuda/lib64", absent.Detail);
        Assert.All(trace.Lines, line => Assert.StartsWith("nvrtc", line));
    }

    [Fact]
    public void A_file_that_exists_but_does_not_load_says_why()
    {
        var host = new FakeNativeHost().File("/usr/local/cuda/lib64/libnvrtc.so.12", loads: false);
        var (found, trace) = Search(host, CudaLibraryKind.Nvrtc);
        Assert.Null(found);
        var entry = trace.Entries.Single(e => e.Candidate == "libnvrtc.so.12");
        Assert.Contains("/usr/local/cuda/lib64/libnvrtc.so.12: /usr/local/cuda/lib64/libnvrtc.so.12: cannot open", entry.Detail);
    }

    [Fact]
    public void Windows_uses_the_dll_names_and_the_cuda13_toolkit_bin_x64_folder()
    {
        var host = new FakeNativeHost(windows: true)
            .Variable("CUDA_PATH", @"C:\CUDA\v13.0")
            .File(@"C:\CUDA\v13.0\bin\x64\nvrtc-builtins64_130.dll")
            .File(@"C:\CUDA\v13.0\bin\x64\nvrtc64_130_0.dll");
        var (found, _) = Search(host, CudaLibraryKind.Nvrtc);
        Assert.Equal(@"C:\CUDA\v13.0\bin\x64\nvrtc64_130_0.dll", found?.Source);
        Assert.Contains(@"C:\CUDA\v13.0\bin\x64\nvrtc-builtins64_130.dll", host.Attempts);
        Assert.Equal("nvcuda.dll", CudaLibraryLocations.Names(CudaLibraryKind.Driver, windows: true).Single().File);
    }
}
