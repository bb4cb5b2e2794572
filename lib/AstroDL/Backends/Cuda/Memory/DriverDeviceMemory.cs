namespace AstroDL.Backends.Cuda.Memory;

/// <summary>Device memory from the CUDA driver, with the device's context made current for every call.</summary>
internal sealed unsafe class DriverDeviceMemory(CudaDevice device) : IDeviceMemory
{
    public bool TryAllocate(long bytes, out ulong address)
    {
        device.MakeCurrent();
        ulong result;
        int status = device.Driver.cuMemAlloc(&result, (nuint)bytes);
        address = result;
        if (status == Native.CudaDriverApi.ErrorOutOfMemory) return false;
        device.Driver.Check(status, $"cuMemAlloc({bytes} bytes)");
        return true;
    }

    public void Free(ulong address)
    {
        device.MakeCurrent();
        device.Driver.Check(device.Driver.cuMemFree(address), "cuMemFree");
    }

    public void Synchronize() => device.WaitForStream();

    public (long Free, long Total) MemoryInfo()
    {
        device.MakeCurrent();
        nuint free, total;
        device.Driver.Check(device.Driver.cuMemGetInfo(&free, &total), "cuMemGetInfo");
        return ((long)free, (long)total);
    }
}
