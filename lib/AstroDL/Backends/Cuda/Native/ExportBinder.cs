using System.Runtime.InteropServices;

namespace AstroDL.Backends.Cuda.Native;

/// <summary>
/// Looks up a library's exported functions by their exact (versioned) names, collecting the missing ones so a
/// too-old library is reported with everything it lacks instead of failing at the first call.
/// </summary>
internal sealed class ExportBinder(LoadedLibrary library)
{
    private readonly List<string> missing = [];

    public IntPtr Required(string name)
    {
        if (NativeLibrary.TryGetExport(library.Handle, name, out var address)) return address;
        missing.Add(name);
        return IntPtr.Zero;
    }

    /// <summary>An export that newer releases have; zero when absent (the caller has a way around it).</summary>
    public IntPtr Optional(string name) => NativeLibrary.TryGetExport(library.Handle, name, out var address) ? address : IntPtr.Zero;

    public void ThrowIfMissing()
    {
        if (missing.Count > 0)
            throw new CudaException(
                $"{library.Source} lacks {string.Join(", ", missing)}: it is older than CUDA 11.8 or not the library it is named after. " +
                $"Install a CUDA 11.8 to 13 {library.Kind} library, or point {CudaLibraryLocations.OverrideVariable(library.Kind)} at one.");
    }
}
