using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

/// <summary>
/// Indexing kernels. A bad index cannot throw inside a kernel: it is skipped and recorded, and the next
/// synchronisation (reading a value, torch.cuda.synchronize) throws the same IndexOutOfRangeException the CPU would.
/// </summary>
internal sealed partial class CudaBackend
{
    public void Gather(View x, int dim, View index, View y) => Indexed("gather", 1, table: x, dim, index, dense: y);

    public void ScatterAdd(View source, int dim, View index, View y) => Indexed("scatter_add", 2, table: y, dim, index, dense: source);

    /// <summary>Gather with the 1-d index broadcast along dim: y[..., j, ...] = x[..., index[j], ...].</summary>
    public void IndexSelect(View x, int dim, View index, View y) => Indexed("gather", 3, table: x, dim, AlongDim(index, dim, y.Shape), dense: y);

    /// <summary>Scatter-add with the 1-d index broadcast along dim: y[..., index[j], ...] += source[..., j, ...].</summary>
    public void IndexAdd(View source, int dim, View index, View y) =>
        Indexed("scatter_add", 4, table: y, dim, AlongDim(index, dim, source.Shape), dense: source);

    /// <summary>
    /// Walks the index; "dense" is laid out like the index, "table" is addressed through it along dim (its own
    /// stride there is replaced by the index value). <paramref name="code"/> names the op in bad-index reports.
    /// </summary>
    private void Indexed(string template, int code, View table, int dim, View index, View dense)
    {
        var type = table.Storage.DType;
        if (type == ScalarType.Bool) throw new NotSupportedException($"{CudaDevice.IndexedOps[code]} on a {type.Name()} tensor.");
        if (index.Count == 0) return;
        var tableStrides = (long[])table.Strides.Clone();
        tableStrides[dim] = 0;
        var layout = StridedArgs.Create(index.Shape, Operand(index), Operand(dense), (table.Offset, tableStrides));
        LaunchPerElement(IndexingKernelSource.Family, KernelTypes.KernelName(template, type), layout.Count,
            KernelArguments.Start().Add(layout).Add(Base(index)).Add(Base(dense)).Add(Base(table))
                .Add(table.Strides[dim]).Add(table.Shape[dim]).Add((long)code).Add(Gpu.ErrorWord));
    }

    /// <summary>A 1-d (or 0-d) index read as a tensor of <paramref name="shape"/> that varies only along dim.</summary>
    private static View AlongDim(View index, int dim, long[] shape)
    {
        var strides = new long[shape.Length];
        strides[dim] = index.Rank == 0 ? 0 : index.Strides[0];
        return index.With(shape, strides);
    }
}
