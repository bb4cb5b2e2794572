namespace AstroDL.Backends.Cuda.Native;

/// <summary>The NVRTC runtime compiler's functions (CUDA C source to CUBIN or PTX), bound by name.</summary>
internal sealed unsafe class NvrtcApi
{
    public NvrtcApi(LoadedLibrary library)
    {
        Library = library;
        var b = new ExportBinder(library);
        nvrtcVersion = (delegate* unmanaged<int*, int*, int>)b.Required("nvrtcVersion");
        nvrtcCreateProgram = (delegate* unmanaged<IntPtr*, byte*, byte*, int, byte**, byte**, int>)b.Required("nvrtcCreateProgram");
        nvrtcCompileProgram = (delegate* unmanaged<IntPtr, int, byte**, int>)b.Required("nvrtcCompileProgram");
        nvrtcGetProgramLogSize = (delegate* unmanaged<IntPtr, nuint*, int>)b.Required("nvrtcGetProgramLogSize");
        nvrtcGetProgramLog = (delegate* unmanaged<IntPtr, byte*, int>)b.Required("nvrtcGetProgramLog");
        nvrtcGetCUBINSize = (delegate* unmanaged<IntPtr, nuint*, int>)b.Required("nvrtcGetCUBINSize");
        nvrtcGetCUBIN = (delegate* unmanaged<IntPtr, byte*, int>)b.Required("nvrtcGetCUBIN");
        nvrtcGetPTXSize = (delegate* unmanaged<IntPtr, nuint*, int>)b.Required("nvrtcGetPTXSize");
        nvrtcGetPTX = (delegate* unmanaged<IntPtr, byte*, int>)b.Required("nvrtcGetPTX");
        nvrtcDestroyProgram = (delegate* unmanaged<IntPtr*, int>)b.Required("nvrtcDestroyProgram");
        nvrtcGetErrorString = (delegate* unmanaged<int, byte*>)b.Required("nvrtcGetErrorString");
        // Present since CUDA 11.2; without them every architecture is assumed to be supported.
        nvrtcGetNumSupportedArchs = (delegate* unmanaged<int*, int>)b.Optional("nvrtcGetNumSupportedArchs");
        nvrtcGetSupportedArchs = (delegate* unmanaged<int*, int>)b.Optional("nvrtcGetSupportedArchs");
        b.ThrowIfMissing();
    }

    public LoadedLibrary Library { get; }

    public readonly delegate* unmanaged<int*, int*, int> nvrtcVersion;
    public readonly delegate* unmanaged<IntPtr*, byte*, byte*, int, byte**, byte**, int> nvrtcCreateProgram;
    public readonly delegate* unmanaged<IntPtr, int, byte**, int> nvrtcCompileProgram;
    public readonly delegate* unmanaged<IntPtr, nuint*, int> nvrtcGetProgramLogSize;
    public readonly delegate* unmanaged<IntPtr, byte*, int> nvrtcGetProgramLog;
    public readonly delegate* unmanaged<IntPtr, nuint*, int> nvrtcGetCUBINSize;
    public readonly delegate* unmanaged<IntPtr, byte*, int> nvrtcGetCUBIN;
    public readonly delegate* unmanaged<IntPtr, nuint*, int> nvrtcGetPTXSize;
    public readonly delegate* unmanaged<IntPtr, byte*, int> nvrtcGetPTX;
    public readonly delegate* unmanaged<IntPtr*, int> nvrtcDestroyProgram;
    public readonly delegate* unmanaged<int, byte*> nvrtcGetErrorString;
    public readonly delegate* unmanaged<int*, int> nvrtcGetNumSupportedArchs;
    public readonly delegate* unmanaged<int*, int> nvrtcGetSupportedArchs;

    public (int Major, int Minor) Version
    {
        get
        {
            int major, minor;
            Check(nvrtcVersion(&major, &minor), "nvrtcVersion");
            return (major, minor);
        }
    }

    /// <summary>The real architectures (e.g. 75 for sm_75) this NVRTC can emit CUBIN for; null when it cannot say.</summary>
    public IReadOnlyList<int>? SupportedArchitectures
    {
        get
        {
            if (nvrtcGetNumSupportedArchs == null || nvrtcGetSupportedArchs == null) return null;
            int count;
            Check(nvrtcGetNumSupportedArchs(&count), "nvrtcGetNumSupportedArchs");
            var archs = new int[count];
            fixed (int* p = archs) Check(nvrtcGetSupportedArchs(p), "nvrtcGetSupportedArchs");
            return archs;
        }
    }

    public void Check(int result, string call)
    {
        if (result != 0) throw new CudaException($"{call} failed: {new string((sbyte*)nvrtcGetErrorString(result))} (nvrtcResult {result}).");
    }
}
