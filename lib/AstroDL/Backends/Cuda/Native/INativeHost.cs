namespace AstroDL.Backends.Cuda.Native;

/// <summary>
/// What the library search asks of the operating system. The search itself is pure logic over this
/// interface, so tests can script a machine (files, folders, environment, load results) without CUDA.
/// </summary>
internal interface INativeHost
{
    bool IsWindows { get; }

    string? GetEnvironmentVariable(string name);

    bool DirectoryExists(string path);

    bool FileExists(string path);

    /// <summary>Sub-folders of <paramref name="path"/> whose names match a wildcard pattern, newest-looking (descending) first.</summary>
    IReadOnlyList<string> FindDirectories(string path, string pattern);

    /// <summary>Files in <paramref name="path"/> whose names match a wildcard pattern.</summary>
    IReadOnlyList<string> FindFiles(string path, string pattern);

    /// <summary>Loads a library by file path or by bare name (the system's own search); on failure says why.</summary>
    bool TryLoad(string nameOrPath, out IntPtr handle, out string error);
}
