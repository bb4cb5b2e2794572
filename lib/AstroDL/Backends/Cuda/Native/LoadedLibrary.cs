namespace AstroDL.Backends.Cuda.Native;

/// <summary>A library that loaded: its handle, where it came from, and the CUDA release it belongs to (0 for the driver).</summary>
internal sealed record LoadedLibrary(CudaLibraryKind Kind, IntPtr Handle, string Source, int Major);
