using System.Runtime.InteropServices;
using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

internal sealed unsafe partial class CudaBackend
{
    public Storage FromHost(Array data)
    {
        var dtype = data switch
        {
            float[] => ScalarType.Float32,
            double[] => ScalarType.Float64,
            long[] => ScalarType.Int64,
            byte[] => ScalarType.Bool,
            _ => throw new ArgumentException($"Cannot make a tensor from {data.GetType().Name}."),
        };
        var storage = new CudaStorage(this, dtype, data.LongLength);
        if (data.LongLength == 0) return storage;
        Gpu.MakeCurrent();
        // From pageable memory the copy returns once the driver has staged the bytes, so the array may move afterwards.
        fixed (byte* host = &MemoryMarshal.GetArrayDataReference(data))
        {
            Gpu.Driver.Check(Gpu.Driver.cuMemcpyHtoDAsync(storage.Address(), host, (nuint)(data.LongLength * dtype.ElementSize()), Gpu.Stream),
                "cuMemcpyHtoDAsync");
        }
        return storage;
    }

    /// <summary>Reads a view into a host array: waits for all queued work, so it is where asynchronous errors surface.</summary>
    public void ToHost(View source, Array destination)
    {
        long count = source.Count;
        if (count == 0)
        {
            Gpu.Synchronize();
            return;
        }
        CudaStorage? temporary = null;
        var contiguous = source;
        if (!source.IsContiguous) temporary = ContiguousCopy(source, out contiguous);
        try
        {
            Gpu.MakeCurrent();
            fixed (byte* host = &MemoryMarshal.GetArrayDataReference(destination))
            {
                Gpu.Driver.Check(Gpu.Driver.cuMemcpyDtoHAsync(host, At(contiguous), (nuint)(count * source.Storage.DType.ElementSize()), Gpu.Stream),
                    "cuMemcpyDtoHAsync");
                // The array must stay pinned until the copy has landed.
                Gpu.Synchronize();
            }
        }
        finally
        {
            temporary?.ReturnBlock();
        }
        GC.KeepAlive(source.Storage);
    }

    public void Copy(View source, View destination)
    {
        if (destination.Count == 0) return;
        var from = source.Storage.DType;
        var to = destination.Storage.DType;
        if (from == to && source.IsContiguous && destination.IsContiguous)
        {
            Gpu.MakeCurrent();
            Gpu.Driver.Check(Gpu.Driver.cuMemcpyDtoDAsync(At(destination), At(source), (nuint)(destination.Count * to.ElementSize()), Gpu.Stream),
                "cuMemcpyDtoDAsync");
            return;
        }
        var layout = StridedArgs.Create(destination.Shape, Operand(source), Operand(destination));
        LaunchPerElement(CopyKernelSource.Family, KernelTypes.KernelName("copy", from, to), layout.Count,
            KernelArguments.Start().Add(layout).Add(Base(source)).Add(Base(destination)));
    }

    public void Fill(View destination, double value)
    {
        if (destination.Count == 0) return;
        var type = destination.Storage.DType;
        var layout = StridedArgs.Create(destination.Shape, Operand(destination));
        LaunchPerElement(CopyKernelSource.Family, KernelTypes.KernelName("fill", type), layout.Count,
            KernelArguments.Start().Add(layout).Add(Base(destination)).AddScalar(type, value));
    }
}
