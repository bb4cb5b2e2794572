using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

internal sealed partial class CudaBackend
{
    public void Softmax(View x, View y, bool log)
    {
        var type = y.Storage.DType;
        if (!torch.is_floating_point(type)) throw new NotSupportedException($"softmax of a {type.Name()} tensor.");
        long length = x.Shape.Length == 0 ? 1 : x.Shape[^1];
        long rows = length == 0 ? 0 : x.Count / length;
        if (rows == 0) return;
        Gpu.Launch(SoftmaxKernelSource.Family, KernelTypes.KernelName("softmax", type), Math.Min(rows, MaxReductionBlocks), ReductionThreads(length),
            KernelArguments.Start().Add(At(x)).Add(At(y)).Add(rows).Add(length).Add(log ? 1 : 0));
    }
}
