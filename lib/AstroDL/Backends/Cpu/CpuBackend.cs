using System.Numerics;

namespace AstroDL.Backends.Cpu;

/// <summary>The host backend: managed arrays, strided loops, TensorPrimitives for contiguous rows.</summary>
internal sealed partial class CpuBackend : IBackend
{
    public static readonly CpuBackend Instance = new();

    private CpuBackend()
    {
    }

    public torch.Device Device => torch.CPU;

    public Storage Allocate(ScalarType dtype, long length) => CpuStorage.Rent(dtype, length);

    public Storage FromHost(Array data)
    {
        var copy = (Array)data.Clone();
        return data switch
        {
            float[] => new CpuStorage(copy, ScalarType.Float32),
            double[] => new CpuStorage(copy, ScalarType.Float64),
            long[] => new CpuStorage(copy, ScalarType.Int64),
            byte[] => new CpuStorage(copy, ScalarType.Bool),
            _ => throw new ArgumentException($"Cannot make a tensor from {data.GetType().Name}."),
        };
    }

    public void ToHost(View source, Array destination)
    {
        var target = new CpuStorage(destination, source.Storage.DType);
        Copy(source, new View(target, 0, source.Shape, Layout.ContiguousStrides(source.Shape)));
    }

    internal static Array Data(View v) => ((CpuStorage)v.Storage).Data;

    internal static T[] Data<T>(View v) => ((CpuStorage)v.Storage).As<T>();
}
