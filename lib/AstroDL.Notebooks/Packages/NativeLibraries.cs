using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace AstroDL.Notebooks.Packages;

/// <summary>
/// Loads the native libraries of <c>#r "nuget:"</c> packages (ML.NET's FastTree and LightGBM, for example) from the
/// package folders, as a restored project would from its output folder: the runtime asks here when its own probing
/// of a [DllImport] name fails. The script engine loads each referenced dll into a load context of its own, so every
/// context that loads an assembly is asked to fall back on these folders.
/// </summary>
internal static class NativeLibraries
{
    private static readonly List<string> folders = [];
    private static readonly HashSet<AssemblyLoadContext> contexts = [];
    private static bool hooked;

    /// <summary>The runtime identifiers whose native assets this process can load, most specific first (linux-x64, then linux).</summary>
    public static IReadOnlyList<string> RuntimeIdentifiers { get; } = Identifiers();

    public static void Add(IEnumerable<string> nativeFolders)
    {
        lock (folders)
        {
            folders.AddRange(nativeFolders.Where(f => !folders.Contains(f)));
            if (hooked) return;
            hooked = true;
        }
        AppDomain.CurrentDomain.AssemblyLoad += (_, loaded) => Watch(AssemblyLoadContext.GetLoadContext(loaded.LoadedAssembly));
        foreach (var context in AssemblyLoadContext.All) Watch(context);
    }

    private static void Watch(AssemblyLoadContext? context)
    {
        if (context is null) return;
        lock (contexts)
        {
            if (!contexts.Add(context)) return;
        }
        context.ResolvingUnmanagedDll += Resolve;
    }

    private static IntPtr Resolve(Assembly assembly, string name)
    {
        string[] candidates;
        lock (folders) candidates = folders.SelectMany(folder => FileNames(name).Select(file => Path.Combine(folder, file))).ToArray();
        foreach (var path in candidates)
        {
            if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle)) return handle;
        }
        return IntPtr.Zero;
    }

    // [DllImport("FastTreeNative")] names neither the prefix nor the extension of the file.
    private static IEnumerable<string> FileNames(string name)
    {
        string extension = OperatingSystem.IsWindows() ? ".dll" : OperatingSystem.IsMacOS() ? ".dylib" : ".so";
        yield return name;
        if (!name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) yield return name + extension;
        if (!OperatingSystem.IsWindows() && !name.StartsWith("lib", StringComparison.Ordinal)) yield return "lib" + name + extension;
    }

    private static List<string> Identifiers()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        return [$"{os}-{architecture}", os];
    }
}
