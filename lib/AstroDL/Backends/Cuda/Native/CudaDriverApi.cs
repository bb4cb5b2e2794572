namespace AstroDL.Backends.Cuda.Native;

/// <summary>
/// The CUDA driver API functions the backend calls, bound by their exported names (the <c>_v2</c> forms are the
/// 64-bit ABI that <c>cuda.h</c> maps the plain names to). Every function returns a CUresult (0 = success).
/// </summary>
internal sealed unsafe class CudaDriverApi
{
    public const int AttributeMaxThreadsPerBlock = 1;
    public const int AttributeMultiprocessorCount = 16;
    public const int AttributeComputeCapabilityMajor = 75;
    public const int AttributeComputeCapabilityMinor = 76;
    public const int ErrorOutOfMemory = 2;
    public const int ErrorNoDevice = 100;

    public CudaDriverApi(LoadedLibrary library)
    {
        Library = library;
        var b = new ExportBinder(library);
        cuInit = (delegate* unmanaged<uint, int>)b.Required("cuInit");
        cuDriverGetVersion = (delegate* unmanaged<int*, int>)b.Required("cuDriverGetVersion");
        cuDeviceGetCount = (delegate* unmanaged<int*, int>)b.Required("cuDeviceGetCount");
        cuDeviceGet = (delegate* unmanaged<int*, int, int>)b.Required("cuDeviceGet");
        cuDeviceGetName = (delegate* unmanaged<byte*, int, int, int>)b.Required("cuDeviceGetName");
        cuDeviceGetAttribute = (delegate* unmanaged<int*, int, int, int>)b.Required("cuDeviceGetAttribute");
        cuDeviceTotalMem = (delegate* unmanaged<nuint*, int, int>)b.Required("cuDeviceTotalMem_v2");
        cuDevicePrimaryCtxRetain = (delegate* unmanaged<IntPtr*, int, int>)b.Required("cuDevicePrimaryCtxRetain");
        cuCtxSetCurrent = (delegate* unmanaged<IntPtr, int>)b.Required("cuCtxSetCurrent");
        cuCtxSynchronize = (delegate* unmanaged<int>)b.Required("cuCtxSynchronize");
        cuMemAlloc = (delegate* unmanaged<ulong*, nuint, int>)b.Required("cuMemAlloc_v2");
        cuMemFree = (delegate* unmanaged<ulong, int>)b.Required("cuMemFree_v2");
        cuMemGetInfo = (delegate* unmanaged<nuint*, nuint*, int>)b.Required("cuMemGetInfo_v2");
        cuMemcpyHtoDAsync = (delegate* unmanaged<ulong, void*, nuint, IntPtr, int>)b.Required("cuMemcpyHtoDAsync_v2");
        cuMemcpyDtoHAsync = (delegate* unmanaged<void*, ulong, nuint, IntPtr, int>)b.Required("cuMemcpyDtoHAsync_v2");
        cuMemcpyDtoDAsync = (delegate* unmanaged<ulong, ulong, nuint, IntPtr, int>)b.Required("cuMemcpyDtoDAsync_v2");
        cuModuleLoadData = (delegate* unmanaged<IntPtr*, void*, int>)b.Required("cuModuleLoadData");
        cuModuleGetFunction = (delegate* unmanaged<IntPtr*, IntPtr, byte*, int>)b.Required("cuModuleGetFunction");
        cuLaunchKernel = (delegate* unmanaged<IntPtr, uint, uint, uint, uint, uint, uint, uint, IntPtr, void**, void**, int>)b.Required("cuLaunchKernel");
        cuStreamCreate = (delegate* unmanaged<IntPtr*, uint, int>)b.Required("cuStreamCreate");
        cuStreamSynchronize = (delegate* unmanaged<IntPtr, int>)b.Required("cuStreamSynchronize");
        cuGetErrorName = (delegate* unmanaged<int, byte**, int>)b.Required("cuGetErrorName");
        cuGetErrorString = (delegate* unmanaged<int, byte**, int>)b.Required("cuGetErrorString");
        b.ThrowIfMissing();
    }

    public LoadedLibrary Library { get; }

    public readonly delegate* unmanaged<uint, int> cuInit;
    public readonly delegate* unmanaged<int*, int> cuDriverGetVersion;
    public readonly delegate* unmanaged<int*, int> cuDeviceGetCount;
    public readonly delegate* unmanaged<int*, int, int> cuDeviceGet;
    public readonly delegate* unmanaged<byte*, int, int, int> cuDeviceGetName;
    public readonly delegate* unmanaged<int*, int, int, int> cuDeviceGetAttribute;
    public readonly delegate* unmanaged<nuint*, int, int> cuDeviceTotalMem;
    public readonly delegate* unmanaged<IntPtr*, int, int> cuDevicePrimaryCtxRetain;
    public readonly delegate* unmanaged<IntPtr, int> cuCtxSetCurrent;
    public readonly delegate* unmanaged<int> cuCtxSynchronize;
    public readonly delegate* unmanaged<ulong*, nuint, int> cuMemAlloc;
    public readonly delegate* unmanaged<ulong, int> cuMemFree;
    public readonly delegate* unmanaged<nuint*, nuint*, int> cuMemGetInfo;
    public readonly delegate* unmanaged<ulong, void*, nuint, IntPtr, int> cuMemcpyHtoDAsync;
    public readonly delegate* unmanaged<void*, ulong, nuint, IntPtr, int> cuMemcpyDtoHAsync;
    public readonly delegate* unmanaged<ulong, ulong, nuint, IntPtr, int> cuMemcpyDtoDAsync;
    public readonly delegate* unmanaged<IntPtr*, void*, int> cuModuleLoadData;
    public readonly delegate* unmanaged<IntPtr*, IntPtr, byte*, int> cuModuleGetFunction;
    public readonly delegate* unmanaged<IntPtr, uint, uint, uint, uint, uint, uint, uint, IntPtr, void**, void**, int> cuLaunchKernel;
    public readonly delegate* unmanaged<IntPtr*, uint, int> cuStreamCreate;
    public readonly delegate* unmanaged<IntPtr, int> cuStreamSynchronize;
    public readonly delegate* unmanaged<int, byte**, int> cuGetErrorName;
    public readonly delegate* unmanaged<int, byte**, int> cuGetErrorString;

    /// <summary>"CUDA_ERROR_OUT_OF_MEMORY (out of memory)" for a result code.</summary>
    public string Describe(int result)
    {
        byte* name = null, text = null;
        cuGetErrorName(result, &name);
        cuGetErrorString(result, &text);
        var n = name == null ? $"CUresult {result}" : new string((sbyte*)name);
        return text == null ? n : $"{n} ({new string((sbyte*)text)})";
    }

    /// <summary>Throws a <see cref="CudaException"/> naming the call when a driver call failed.</summary>
    public void Check(int result, string call)
    {
        if (result != 0) throw new CudaException($"{call} failed: {Describe(result)}.", result);
    }
}
