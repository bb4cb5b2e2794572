using System.Security.Cryptography;
using System.Text;

namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// Compiled kernels on disk, so NVRTC runs once per kernel family, GPU architecture and NVRTC release rather than
/// once per process. A file's name holds a hash of everything that shapes its contents (source, options, NVRTC
/// version); a change to any of them simply misses the cache.
/// </summary>
internal sealed class KernelDiskCache(string? folder)
{
    /// <summary>Overrides the cache folder; an empty value turns the disk cache off.</summary>
    public const string FolderVariable = "ASTRODL_KERNEL_CACHE";

    public string? Folder { get; } = folder;

    /// <summary>Why the last write failed (the kernels still work, they are compiled again next time); null when fine.</summary>
    public string? Problem { get; private set; }

    /// <summary>The user's cache folder: ASTRODL_KERNEL_CACHE, else XDG_CACHE_HOME or ~/.cache (Local AppData on Windows), then astrodl/cuda-kernels.</summary>
    public static string? DefaultFolder()
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { } chosen) return chosen.Length == 0 ? null : chosen;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string? root = OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : home.Length > 0 ? Path.Combine(home, ".cache") : null;
        // Without a home folder there is no per-user place to keep files: compile in every process instead.
        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "astrodl", "cuda-kernels");
    }

    /// <summary>The cache file name: family, architecture and a hash of what was compiled with what.</summary>
    public static string FileName(KernelFamily family, CompileTarget target, (int Major, int Minor) nvrtc)
    {
        var identity = $"{family.Source}\n{string.Join(' ', NvrtcCompiler.Options(target))}\nnvrtc {nvrtc.Major}.{nvrtc.Minor}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16].ToLowerInvariant();
        return $"{family.Name}-{target.Architecture}-{hash}.{target.Extension}";
    }

    public byte[] GetOrCompile(KernelFamily family, CompileTarget target, NvrtcCompiler compiler)
    {
        var path = Folder is null ? null : Path.Combine(Folder, FileName(family, target, compiler.Version));
        if (path is not null && File.Exists(path)) return File.ReadAllBytes(path);
        var code = compiler.Compile(family, target);
        if (path is not null) Store(path, code);
        return code;
    }

    /// <summary>Writes through a temporary file and a rename, so another process never reads half a file.</summary>
    private void Store(string path, byte[] code)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temporary, code);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: without it every process compiles again. Say so in the probe, carry on.
            Problem = $"cannot write the kernel cache {path}: {e.Message}";
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
