using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

/// <summary>Unfolding images into convolution columns and folding them back (see <see cref="ConvolutionKernelSource"/>).</summary>
internal sealed partial class CudaBackend
{
    public void Im2Col(View x, View columns, ConvGeometry g)
    {
        var kernel = FloatingKernel("im2col", x.Storage.DType, "im2col of a {0} tensor.");
        if (columns.Count == 0) return;
        LaunchPerElement(ConvolutionKernelSource.Family, kernel, columns.Count,
            KernelArguments.Start().Add(At(x)).Add(At(columns)).Add(x.Shape[0]).Add(g));
    }

    public void Col2Im(View columns, View x, ConvGeometry g)
    {
        var kernel = FloatingKernel("col2im", x.Storage.DType, "col2im into a {0} tensor.");
        if (x.Count == 0) return;
        LaunchPerElement(ConvolutionKernelSource.Family, kernel, x.Count,
            KernelArguments.Start().Add(At(columns)).Add(At(x)).Add(x.Shape[0]).Add(g));
    }
}
