using System.Text;
using AstroDL.Backends.Cuda.Native;

namespace AstroDL.Backends.Cuda;

/// <summary>What the driver says about one GPU (no context needed): the probe prints it, the backend sizes its work by it.</summary>
internal sealed record DeviceProperties(int Handle, string Name, int Capability, int Multiprocessors, long TotalMemory)
{
    /// <param name="ordinal">The device number (cuda:N).</param>
    public static unsafe DeviceProperties Read(CudaDriverApi driver, int ordinal)
    {
        int handle, major, minor, processors;
        nuint memory;
        var name = new byte[256];
        driver.Check(driver.cuDeviceGet(&handle, ordinal), $"cuDeviceGet({ordinal})");
        fixed (byte* p = name) driver.Check(driver.cuDeviceGetName(p, name.Length, handle), "cuDeviceGetName");
        driver.Check(driver.cuDeviceGetAttribute(&major, CudaDriverApi.AttributeComputeCapabilityMajor, handle), "cuDeviceGetAttribute");
        driver.Check(driver.cuDeviceGetAttribute(&minor, CudaDriverApi.AttributeComputeCapabilityMinor, handle), "cuDeviceGetAttribute");
        driver.Check(driver.cuDeviceGetAttribute(&processors, CudaDriverApi.AttributeMultiprocessorCount, handle), "cuDeviceGetAttribute");
        driver.Check(driver.cuDeviceTotalMem(&memory, handle), "cuDeviceTotalMem");
        return new DeviceProperties(handle, Encoding.UTF8.GetString(name).TrimEnd('\0'), major * 10 + minor, processors, (long)memory);
    }
}
