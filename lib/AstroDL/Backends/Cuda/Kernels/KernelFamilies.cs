namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>Every kernel family of the CUDA backend (the NVRTC test compiles each of them).</summary>
internal static class KernelFamilies
{
    public static IReadOnlyList<KernelFamily> All { get; } =
    [
        CopyKernelSource.Family,
        UnaryKernelSource.Family,
        BinaryKernelSource.Family,
        ReduceKernelSource.Family,
        SoftmaxKernelSource.Family,
        IndexingKernelSource.Family,
        MatMulKernelSource.Family,
        RandomKernelSource.Family,
        ConvolutionKernelSource.Family,
        OptimizerKernelSource.Family,
    ];
}
