namespace AstroDL.Backends.Cuda.Native;

/// <summary>
/// One file name a library may have. <paramref name="Major"/> is the CUDA release it belongs to (0 for the
/// driver, which is not tied to one). <paramref name="Companion"/> is a wildcard for a library that must be
/// loaded from the same folder first (cuBLAS needs cuBLASLt, NVRTC loads its builtins at run time).
/// </summary>
internal sealed record LibraryName(string File, int Major, string? Companion = null);
