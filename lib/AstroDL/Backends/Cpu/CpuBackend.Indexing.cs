using System.Numerics;
using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void Gather(View x, int dim, View index, View y)
    {
        switch (y.Storage.DType)
        {
            case ScalarType.Float32: GatherTyped<float>(x, dim, index, y, scatter: false); break;
            case ScalarType.Float64: GatherTyped<double>(x, dim, index, y, scatter: false); break;
            case ScalarType.Int64: GatherTyped<long>(x, dim, index, y, scatter: false); break;
            default: throw new NotSupportedException($"gather of a {y.Storage.DType.Name()} tensor.");
        }
    }

    public void ScatterAdd(View source, int dim, View index, View y)
    {
        switch (y.Storage.DType)
        {
            case ScalarType.Float32: GatherTyped<float>(y, dim, index, source, scatter: true); break;
            case ScalarType.Float64: GatherTyped<double>(y, dim, index, source, scatter: true); break;
            case ScalarType.Int64: GatherTyped<long>(y, dim, index, source, scatter: true); break;
            default: throw new NotSupportedException($"scatter_add into a {y.Storage.DType.Name()} tensor.");
        }
    }

    /// <summary>
    /// Walks the index tensor; "table" is the tensor addressed through the index along dim, "dense" the one
    /// laid out like the index. Gather reads table into dense; scatter-add adds dense into table.
    /// </summary>
    private static void GatherTyped<T>(View table, int dim, View index, View dense, bool scatter)
        where T : unmanaged, INumber<T>
    {
        var tableStrides = (long[])table.Strides.Clone();
        tableStrides[dim] = 0;
        var k = new GatherRows<T>
        {
            Index = Data<long>(index), Dense = Data<T>(dense), Table = Data<T>(table),
            DimStride = table.Strides[dim], DimSize = table.Shape[dim], Scatter = scatter,
        };
        StridedRows.Run(ref k, index.Shape, index.Offset, index.Strides, dense.Offset, dense.Strides, table.Offset, tableStrides);
    }

    private struct GatherRows<T> : IRowKernel
        where T : unmanaged, INumber<T>
    {
        public long[] Index;
        public T[] Dense, Table;
        public long DimStride, DimSize;
        public bool Scatter;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public readonly void Row(long oi, long od, long ot, long o3, long n, long si, long sd, long st, long s3)
        {
            for (long j = 0; j < n; j++)
            {
                long at = Index[oi + j * si];
                if ((ulong)at >= (ulong)DimSize)
                    throw new IndexOutOfRangeException($"index {at} is out of bounds for a dimension of size {DimSize}.");
                long t = ot + j * st + at * DimStride;
                if (Scatter) Table[t] += Dense[od + j * sd];
                else Dense[od + j * sd] = Table[t];
            }
        }
    }

    public void IndexSelect(View x, int dim, View index, View y)
    {
        var indices = Data<long>(index);
        long indexStride = index.Rank == 0 ? 0 : index.Strides[0];
        if (dim == 0 && x.IsContiguous && y.IsContiguous && x.Storage.DType == y.Storage.DType)
        {
            SelectRows(x, indices, index.Offset, indexStride, index.Count, y);
            return;
        }
        // One shape for all the slices: they differ only in their offsets.
        var sliceShape = SliceShape(x, dim);
        for (long j = 0; j < index.Count; j++)
        {
            long at = indices[index.Offset + j * indexStride];
            if ((ulong)at >= (ulong)x.Shape[dim])
                throw new IndexOutOfRangeException($"index_select: index {at} is out of bounds for dimension {dim} of size {x.Shape[dim]}.");
            Copy(Slice(x, dim, at, sliceShape), Slice(y, dim, j, sliceShape));
        }
    }

    /// <summary>Rows of a contiguous tensor into a contiguous result: one block copy per row (how a DataLoader gathers a batch).</summary>
    private static void SelectRows(View x, long[] indices, long first, long stride, long count, View y)
    {
        switch (x.Storage.DType)
        {
            case ScalarType.Float32: SelectRowsTyped<float>(x, indices, first, stride, count, y); break;
            case ScalarType.Float64: SelectRowsTyped<double>(x, indices, first, stride, count, y); break;
            case ScalarType.Int64: SelectRowsTyped<long>(x, indices, first, stride, count, y); break;
            default: SelectRowsTyped<byte>(x, indices, first, stride, count, y); break;
        }
    }

    private static void SelectRowsTyped<T>(View x, long[] indices, long first, long stride, long count, View y)
    {
        int rowLength = (int)(x.Shape[0] == 0 ? 0 : x.Count / x.Shape[0]);
        T[] source = Data<T>(x), target = Data<T>(y);
        for (long j = 0; j < count; j++)
        {
            long at = indices[first + j * stride];
            if ((ulong)at >= (ulong)x.Shape[0])
                throw new IndexOutOfRangeException($"index_select: index {at} is out of bounds for dimension 0 of size {x.Shape[0]}.");
            source.AsSpan((int)(x.Offset + at * rowLength), rowLength).CopyTo(target.AsSpan((int)(y.Offset + j * rowLength), rowLength));
        }
    }

    public void IndexAdd(View source, int dim, View index, View y)
    {
        var indices = Data<long>(index);
        long indexStride = index.Rank == 0 ? 0 : index.Strides[0];
        var sliceShape = SliceShape(y, dim);
        for (long j = 0; j < index.Count; j++)
        {
            long at = indices[index.Offset + j * indexStride];
            if ((ulong)at >= (ulong)y.Shape[dim])
                throw new IndexOutOfRangeException($"index_add: index {at} is out of bounds for dimension {dim} of size {y.Shape[dim]}.");
            var target = Slice(y, dim, at, sliceShape);
            Binary(BinaryOp.Add, target, Slice(source, dim, j, sliceShape), target);
        }
    }

    /// <summary>The shape of one slice along <paramref name="dim"/>: that dimension kept with size 1.</summary>
    private static long[] SliceShape(View v, int dim)
    {
        var shape = (long[])v.Shape.Clone();
        shape[dim] = 1;
        return shape;
    }

    /// <summary>The sub-view with position <paramref name="at"/> along <paramref name="dim"/> (shape from <see cref="SliceShape"/>).</summary>
    private static View Slice(View v, int dim, long at, long[] shape) => new(v.Storage, v.Offset + at * v.Strides[dim], shape, v.Strides);
}
