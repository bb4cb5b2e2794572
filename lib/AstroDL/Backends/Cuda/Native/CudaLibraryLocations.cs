namespace AstroDL.Backends.Cuda.Native;

/// <summary>
/// Where the CUDA libraries live: their versioned file names (CUDA 11.8 to 13, newest first; never the
/// unversioned <c>.so</c> links, which only development packages install) and the folders of toolkit installs,
/// distribution packages and Python wheels (<c>pip install nvidia-cuda-nvrtc nvidia-cublas</c>, or PyTorch).
/// </summary>
internal static class CudaLibraryLocations
{
    /// <summary>The CUDA releases whose NVRTC and cuBLAS the kit can use, newest first.</summary>
    public static readonly int[] Releases = [13, 12, 11];

    /// <summary>An environment variable that names the exact file to load, tried before any search.</summary>
    public static string OverrideVariable(CudaLibraryKind kind) => kind switch
    {
        CudaLibraryKind.Driver => "ASTRODL_CUDA_DRIVER",
        CudaLibraryKind.Nvrtc => "ASTRODL_NVRTC",
        _ => "ASTRODL_CUBLAS",
    };

    /// <summary>A further list of Python site-packages folders (path-separator separated) to search for NVIDIA wheels.</summary>
    public const string PythonSiteVariable = "ASTRODL_PYTHON_SITE";

    public static IReadOnlyList<LibraryName> Names(CudaLibraryKind kind, bool windows) => kind switch
    {
        CudaLibraryKind.Driver => [new LibraryName(windows ? "nvcuda.dll" : "libcuda.so.1", 0)],
        CudaLibraryKind.Nvrtc => Releases.Select(major => windows
            // CUDA 11.2 to 11.8 share the 11.2 file name (NVRTC kept its ABI within the release).
            ? new LibraryName($"nvrtc64_{(major == 11 ? 112 : major * 10)}_0.dll", major, $"nvrtc-builtins64_{major}*.dll")
            : new LibraryName(major == 11 ? "libnvrtc.so.11.2" : $"libnvrtc.so.{major}", major, $"libnvrtc-builtins.so.{major}*")).ToArray(),
        _ => Releases.Select(major => windows
            ? new LibraryName($"cublas64_{major}.dll", major, $"cublasLt64_{major}.dll")
            : new LibraryName($"libcublas.so.{major}", major, $"libcublasLt.so.{major}")).ToArray(),
    };

    /// <summary>Folders to search in order (duplicates removed). Folders that do not exist are kept: the trace lists them.</summary>
    public static IReadOnlyList<string> Folders(CudaLibraryKind kind, INativeHost host)
    {
        var folders = host.IsWindows ? WindowsFolders(kind, host) : LinuxFolders(kind, host);
        return folders.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<string> LinuxFolders(CudaLibraryKind kind, INativeHost host)
    {
        if (kind == CudaLibraryKind.Driver)
        {
            // The driver ships with the kernel module, never with a toolkit or a wheel (the toolkit's stubs/libcuda.so is a
            // link-time stand-in and is deliberately not searched). WSL puts it in /usr/lib/wsl/lib, the NVIDIA container
            // runtime in /usr/local/nvidia.
            return ["/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/lib/wsl/lib", "/usr/local/nvidia/lib64"];
        }
        var folders = new List<string>();
        foreach (var root in ToolkitRoots(host))
        {
            folders.Add(root + "/lib64");
            folders.Add(root + "/targets/x86_64-linux/lib");
            folders.Add(root + "/lib");
        }
        folders.AddRange(["/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"]);
        foreach (var site in PythonSites(host)) folders.AddRange(WheelFolders(kind, site, "/", "lib", "lib"));
        return folders;
    }

    private static IEnumerable<string> WindowsFolders(CudaLibraryKind kind, INativeHost host)
    {
        if (kind == CudaLibraryKind.Driver)
        {
            var system = host.GetEnvironmentVariable("SystemRoot") ?? @"C:\Windows";
            return [system + @"\System32"];
        }
        var folders = new List<string>();
        foreach (var root in ToolkitRoots(host))
        {
            folders.Add(root + @"\bin");
            // CUDA 13 moved the DLLs of a toolkit install one level down.
            folders.Add(root + @"\bin\x64");
        }
        foreach (var site in PythonSites(host)) folders.AddRange(WheelFolders(kind, site, @"\", @"bin\x86_64", "bin"));
        return folders;
    }

    /// <summary>
    /// NVIDIA's wheels: CUDA 13 puts every library in nvidia/cu13; CUDA 11 and 12 give each its own package folder.
    /// </summary>
    private static IEnumerable<string> WheelFolders(CudaLibraryKind kind, string site, string separator, string cu13Sub, string packageSub)
    {
        var nvidia = site + separator + "nvidia" + separator;
        yield return nvidia + "cu13" + separator + cu13Sub;
        yield return nvidia + (kind == CudaLibraryKind.Nvrtc ? "cuda_nvrtc" : "cublas") + separator + packageSub;
    }

    /// <summary>CUDA toolkit installs: the CUDA_PATH / CUDA_HOME / CUDA_ROOT settings, then the usual install places.</summary>
    private static IEnumerable<string> ToolkitRoots(INativeHost host)
    {
        foreach (var variable in new[] { "CUDA_PATH", "CUDA_HOME", "CUDA_ROOT" })
        {
            if (host.GetEnvironmentVariable(variable) is { Length: > 0 } root) yield return root.TrimEnd('/', '\\');
        }
        if (host.IsWindows)
        {
            var programFiles = host.GetEnvironmentVariable("ProgramFiles") ?? @"C:\Program Files";
            foreach (var version in host.FindDirectories(programFiles + @"\NVIDIA GPU Computing Toolkit\CUDA", "v*")) yield return version;
            yield break;
        }
        yield return "/usr/local/cuda";
        foreach (var versioned in host.FindDirectories("/usr/local", "cuda-*")) yield return versioned;
        yield return "/opt/cuda";
    }

    /// <summary>Python package folders where pip or conda may have put NVIDIA's wheels (PyTorch depends on them).</summary>
    private static IEnumerable<string> PythonSites(INativeHost host)
    {
        char separator = host.IsWindows ? ';' : ':';
        foreach (var variable in new[] { PythonSiteVariable, "PYTHONPATH" })
        {
            if (host.GetEnvironmentVariable(variable) is not { Length: > 0 } list) continue;
            foreach (var entry in list.Split(separator, StringSplitOptions.RemoveEmptyEntries)) yield return entry.TrimEnd('/', '\\');
        }
        var roots = new List<string>();
        foreach (var variable in new[] { "VIRTUAL_ENV", "CONDA_PREFIX" })
        {
            if (host.GetEnvironmentVariable(variable) is { Length: > 0 } root) roots.Add(root.TrimEnd('/', '\\'));
        }
        if (host.IsWindows)
        {
            foreach (var root in roots) yield return root + @"\Lib\site-packages";
            if (host.GetEnvironmentVariable("APPDATA") is { Length: > 0 } appData)
            {
                foreach (var python in host.FindDirectories(appData + @"\Python", "Python3*")) yield return python + @"\site-packages";
            }
            if (host.GetEnvironmentVariable("LOCALAPPDATA") is { Length: > 0 } localAppData)
            {
                foreach (var python in host.FindDirectories(localAppData + @"\Programs\Python", "Python3*")) yield return python + @"\Lib\site-packages";
            }
            yield break;
        }
        if (host.GetEnvironmentVariable("HOME") is { Length: > 0 } home) roots.Add(home.TrimEnd('/') + "/.local");
        // Conda installs and virtual environments that are not activated usually live in /opt (/opt/conda, /opt/venv).
        roots.AddRange(host.FindDirectories("/opt", "*"));
        roots.AddRange(["/usr/local", "/usr"]);
        foreach (var root in roots)
        {
            foreach (var python in host.FindDirectories(root + "/lib", "python3*"))
            {
                yield return python + "/site-packages";
                yield return python + "/dist-packages";
            }
        }
        yield return "/usr/lib/python3/dist-packages";
    }
}
