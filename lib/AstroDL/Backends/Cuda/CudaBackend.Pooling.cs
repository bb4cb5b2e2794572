using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

/// <summary>Max and average pooling and their gradients, one plane (image and channel) after another in each view.</summary>
internal sealed partial class CudaBackend
{
    public void MaxPool(View x, View y, View indices, ConvGeometry g)
    {
        var kernel = FloatingKernel("max_pool", x.Storage.DType, "max pooling of a {0} tensor.");
        if (y.Count == 0) return;
        LaunchPerElement(ConvolutionKernelSource.Family, kernel, y.Count,
            KernelArguments.Start().Add(At(x)).Add(At(y)).Add(At(indices)).Add(Planes(x)).Add(g));
    }

    public void MaxPoolBackward(View gradY, View indices, View gradX)
    {
        var kernel = FloatingKernel("max_pool_backward", gradX.Storage.DType, "max pooling gradient into a {0} tensor.");
        if (gradY.Count == 0) return;
        LaunchPerElement(ConvolutionKernelSource.Family, kernel, gradY.Count,
            KernelArguments.Start().Add(At(gradY)).Add(At(indices)).Add(At(gradX)).Add(Planes(gradX))
                .Add(gradY.Shape[2] * gradY.Shape[3]).Add(gradX.Shape[2] * gradX.Shape[3]));
    }

    public void AvgPool(View x, View y, ConvGeometry g, bool countIncludePad, long? divisorOverride) =>
        LaunchAveraging("avg_pool", "average pooling of a {0} tensor.", x, y, g, countIncludePad, divisorOverride);

    public void AvgPoolBackward(View gradY, View gradX, ConvGeometry g, bool countIncludePad, long? divisorOverride) =>
        LaunchAveraging("avg_pool_backward", "average pooling gradient into a {0} tensor.", gradY, gradX, g, countIncludePad, divisorOverride);

    /// <summary>An average-pooling kernel that reads <paramref name="from"/> and writes <paramref name="into"/>, one thread per element written.</summary>
    private void LaunchAveraging(string template, string refusal, View from, View into, ConvGeometry g, bool countIncludePad, long? divisorOverride)
    {
        var kernel = FloatingKernel(template, into.Storage.DType, refusal);
        if (into.Count == 0) return;
        LaunchPerElement(ConvolutionKernelSource.Family, kernel, into.Count,
            KernelArguments.Start().Add(At(from)).Add(At(into)).Add(Planes(into)).Add(g).Add(countIncludePad ? 1 : 0).Add(divisorOverride ?? 0));
    }

    /// <summary>The planes of an [N, C, H, W] image: one per image and channel.</summary>
    private static long Planes(View image) => image.Shape[0] * image.Shape[1];
}
