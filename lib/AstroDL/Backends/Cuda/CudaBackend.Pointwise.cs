using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

internal sealed partial class CudaBackend
{
    public void Unary(UnaryOp op, View x, View y, double alpha = 0, double beta = 0)
    {
        var type = y.Storage.DType;
        if (type == ScalarType.Bool) throw new NotSupportedException($"{op} on a bool tensor.");
        if (type == ScalarType.Int64 && !Cpu.UnaryKernels.IsIntegerOp(op)) throw new NotSupportedException($"{op} is not defined for int64 tensors.");
        if (y.Count == 0) return;
        var layout = StridedArgs.Create(y.Shape, Operand(x), Operand(y));
        LaunchPerElement(UnaryKernelSource.Family, KernelTypes.KernelName("unary", type), layout.Count,
            KernelArguments.Start().Add(layout).Add(Base(x)).Add(Base(y)).Add((int)op).AddScalar(type, alpha).AddScalar(type, beta));
    }

    public void Binary(BinaryOp op, View a, View b, View y)
    {
        var type = y.Storage.DType;
        if (type == ScalarType.Bool) throw new NotSupportedException($"{op} on bool tensors.");
        LaunchPointwise("binary", type, a, b, y, (int)op);
    }

    public void Compare(CompareOp op, View a, View b, View y) => LaunchPointwise("compare", a.Storage.DType, a, b, y, (int)op);

    public void Logical(LogicalOp op, View a, View b, View y) => LaunchPointwise("logical", ScalarType.Bool, a, b, y, (int)op);

    private void LaunchPointwise(string template, ScalarType type, View a, View b, View y, int op)
    {
        if (y.Count == 0) return;
        var layout = StridedArgs.Create(y.Shape, Operand(a), Operand(b), Operand(y));
        LaunchPerElement(BinaryKernelSource.Family, KernelTypes.KernelName(template, type), layout.Count,
            KernelArguments.Start().Add(layout).Add(Base(a)).Add(Base(b)).Add(Base(y)).Add(op));
    }

    public void Where(View condition, View a, View b, View y)
    {
        if (y.Count == 0) return;
        var layout = StridedArgs.Create(y.Shape, Operand(condition), Operand(a), Operand(b), Operand(y));
        LaunchPerElement(BinaryKernelSource.Family, KernelTypes.KernelName("where", y.Storage.DType), layout.Count,
            KernelArguments.Start().Add(layout).Add(Base(condition)).Add(Base(a)).Add(Base(b)).Add(Base(y)));
    }
}
