using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

internal sealed partial class CudaBackend
{
    /// <summary>At most this many blocks are launched for one reduction; each loops over further outputs.</summary>
    private const long MaxReductionBlocks = 1 << 20;

    public void Reduce(ReduceOp op, View x, View y)
    {
        var type = y.Storage.DType;
        if (type == ScalarType.Bool) throw new NotSupportedException($"Reduction into a {type.Name()} tensor.");
        if (y.Count == 0) return;
        // The outputs walk y's shape (x's reduced dims have size 1 there and drop out); the inner walk covers exactly
        // the dims y reduced, relative to each output's first element.
        var outer = StridedArgs.Create(y.Shape, Operand(x), Operand(y));
        var reducedShape = new long[x.Rank];
        for (int d = 0; d < x.Rank; d++) reducedShape[d] = y.Shape[d] == 1 ? x.Shape[d] : 1;
        var inner = StridedArgs.Create(reducedShape, (0, x.Strides));
        Gpu.Launch(ReduceKernelSource.Family, KernelTypes.KernelName("reduce", type), Math.Min(outer.Count, MaxReductionBlocks),
            ReductionThreads(inner.Count), KernelArguments.Start().Add(outer).Add(inner).Add(Base(x)).Add(Base(y)).Add((int)op));
    }

    public void ArgReduce(bool max, View x, int axis, View values, View indices)
    {
        var type = x.Storage.DType;
        if (type == ScalarType.Bool) throw new NotSupportedException($"max/min of a {type.Name()} tensor.");
        if (values.Count == 0) return;
        var outer = StridedArgs.Create(values.Shape, Operand(x), Operand(values), Operand(indices));
        long length = x.Shape[axis];
        Gpu.Launch(ReduceKernelSource.Family, KernelTypes.KernelName("arg_reduce", type), Math.Min(outer.Count, MaxReductionBlocks),
            ReductionThreads(length), KernelArguments.Start().Add(outer).Add(length).Add(x.Strides[axis])
                .Add(Base(x)).Add(Base(values)).Add(Base(indices)).Add(max ? 1 : 0));
    }
}
