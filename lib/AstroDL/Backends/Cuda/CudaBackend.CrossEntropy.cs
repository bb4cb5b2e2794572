using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

/// <summary>
/// The fused softmax cross-entropy (see <see cref="SoftmaxKernelSource"/>): for a mean, one block first counts the rows
/// that are not ignored; then one block per row writes its loss and gradient; for a 0-d loss, one block sums the rows'
/// losses. A bad target cannot throw inside a kernel: it is reported at the next synchronisation, as a bad index is.
/// </summary>
internal sealed partial class CudaBackend
{
    private static readonly long CrossEntropyReport = Array.IndexOf(CudaDevice.IndexedOps, "cross_entropy target");

    public void CrossEntropy(View logits, View target, long ignoreIndex, bool mean, View loss, View gradient)
    {
        var type = logits.Storage.DType;
        var kernel = FloatingKernel("cross_entropy", type, "cross_entropy of {0} scores.");
        long rows = logits.Shape[0], classes = logits.Shape[1], targetStride = target.Rank == 0 ? 0 : target.Strides[0];
        bool total = loss.Rank == 0;
        var temporaries = new List<CudaStorage>();
        try
        {
            ulong used = 0;
            if (mean)
            {
                used = Temporary(ScalarType.Int64, 1, temporaries);
                Gpu.Launch(SoftmaxKernelSource.Family, KernelTypes.KernelName("count_targets", ScalarType.Int64), 1, ReductionThreads(rows),
                    KernelArguments.Start().Add(At(target)).Add(targetStride).Add(rows).Add(ignoreIndex).Add(used));
            }
            ulong rowLoss = total ? Temporary(type, rows, temporaries) : At(loss);
            Gpu.Launch(SoftmaxKernelSource.Family, kernel, Math.Min(rows, MaxReductionBlocks), ReductionThreads(classes),
                KernelArguments.Start().Add(At(logits)).Add(At(target)).Add(targetStride).Add(rows).Add(classes).Add(ignoreIndex)
                    .Add(mean ? 1 : 0).Add(used).Add(rowLoss).Add(total ? 1L : loss.Strides[0])
                    .Add(gradient.Storage is null ? 0UL : At(gradient)).Add(CrossEntropyReport).Add(Gpu.ErrorWord));
            if (total)
            {
                Gpu.Launch(SoftmaxKernelSource.Family, KernelTypes.KernelName("cross_entropy_total", type), 1, ReductionThreads(rows),
                    KernelArguments.Start().Add(rowLoss).Add(rows).Add(mean ? 1 : 0).Add(used).Add(At(loss)));
            }
        }
        finally
        {
            // Queued work that uses them runs before anything allocated later on the stream.
            foreach (var t in temporaries) t.ReturnBlock();
        }
    }

    /// <summary>The address of a scratch block of <paramref name="length"/> elements, returned by the caller through <paramref name="temporaries"/>.</summary>
    private ulong Temporary(ScalarType type, long length, List<CudaStorage> temporaries)
    {
        var storage = new CudaStorage(this, type, Math.Max(length, 1));
        temporaries.Add(storage);
        return storage.Address();
    }
}
