using System.Runtime.InteropServices;

namespace AstroDL.Backends.Cuda.Native;

/// <summary>The real machine: environment, file system and <see cref="NativeLibrary"/>.</summary>
internal sealed class SystemNativeHost : INativeHost
{
    public static readonly SystemNativeHost Instance = new();

    private SystemNativeHost()
    {
    }

    public bool IsWindows => OperatingSystem.IsWindows();

    public string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public bool FileExists(string path) => File.Exists(path);

    public IReadOnlyList<string> FindDirectories(string path, string pattern) =>
        Directory.Exists(path) ? Directory.GetDirectories(path, pattern).OrderDescending(StringComparer.Ordinal).ToArray() : [];

    public IReadOnlyList<string> FindFiles(string path, string pattern) =>
        Directory.Exists(path) ? Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal).ToArray() : [];

    public bool TryLoad(string nameOrPath, out IntPtr handle, out string error)
    {
        try
        {
            // A bare name goes to the system loader as it is (LD_LIBRARY_PATH and the ldconfig cache; PATH on Windows).
            handle = NativeLibrary.Load(nameOrPath);
            error = "";
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
        {
            handle = IntPtr.Zero;
            error = LoaderMessage(e.Message);
            return false;
        }
    }

    /// <summary>The system loader's own words (dlerror on Linux), without .NET's general advice around them.</summary>
    private static string LoaderMessage(string message)
    {
        const string Marker = "environment variable: ";
        int at = message.LastIndexOf(Marker, StringComparison.Ordinal);
        var text = at >= 0 ? message[(at + Marker.Length)..] : message;
        return string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
