using AstroDL.Backends.Cuda.Native;

namespace AstroDL.Tests.Cuda;

/// <summary>A scripted machine for the library search: a set of files (and their folders), environment variables, and which loads succeed.</summary>
internal sealed class FakeNativeHost(bool windows = false) : INativeHost
{
    private readonly HashSet<string> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> environment = [];
    private readonly HashSet<string> loadable = new(StringComparer.Ordinal);

    /// <summary>Every load attempted, in order.</summary>
    public List<string> Attempts { get; } = [];

    public bool IsWindows { get; } = windows;

    /// <summary>Adds a file (and its folders); <paramref name="loads"/> says whether loading it by path succeeds.</summary>
    public FakeNativeHost File(string path, bool loads = true)
    {
        files.Add(path);
        if (loads) loadable.Add(path);
        var separator = IsWindows ? '\\' : '/';
        for (int i = path.LastIndexOf(separator); i > 0; i = path.LastIndexOf(separator, i - 1)) folders.Add(path[..i]);
        return this;
    }

    public FakeNativeHost Folder(string path)
    {
        folders.Add(path);
        return this;
    }

    /// <summary>A bare name the system loader resolves (as if in LD_LIBRARY_PATH or the ldconfig cache).</summary>
    public FakeNativeHost SystemLibrary(string name)
    {
        loadable.Add(name);
        return this;
    }

    public FakeNativeHost Variable(string name, string value)
    {
        environment[name] = value;
        return this;
    }

    public string? GetEnvironmentVariable(string name) => environment.GetValueOrDefault(name);

    public bool DirectoryExists(string path) => folders.Contains(path);

    public bool FileExists(string path) => files.Contains(path);

    public IReadOnlyList<string> FindDirectories(string path, string pattern) =>
        folders.Where(f => Parent(f) == path && Matches(Name(f), pattern)).OrderDescending(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> FindFiles(string path, string pattern) =>
        files.Where(f => Parent(f) == path && Matches(Name(f), pattern)).Order(StringComparer.Ordinal).ToArray();

    public bool TryLoad(string nameOrPath, out IntPtr handle, out string error)
    {
        Attempts.Add(nameOrPath);
        bool ok = loadable.Contains(nameOrPath);
        handle = ok ? new IntPtr(Attempts.Count) : IntPtr.Zero;
        error = ok ? "" : $"{nameOrPath}: cannot open shared object file";
        return ok;
    }

    private string Parent(string path) => path[..Math.Max(path.LastIndexOf(IsWindows ? '\\' : '/'), 0)];

    private string Name(string path) => path[(path.LastIndexOf(IsWindows ? '\\' : '/') + 1)..];

    /// <summary>Wildcards with a trailing or inner '*' only, as the search uses them.</summary>
    private static bool Matches(string name, string pattern)
    {
        int star = pattern.IndexOf('*');
        if (star < 0) return name == pattern;
        return name.StartsWith(pattern[..star], StringComparison.Ordinal) && name.EndsWith(pattern[(star + 1)..], StringComparison.Ordinal) &&
               name.Length >= pattern.Length - 1;
    }
}
