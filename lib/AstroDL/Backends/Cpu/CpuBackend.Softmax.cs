using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void Softmax(View x, View y, bool log)
    {
        switch (y.Storage.DType)
        {
            case ScalarType.Float32: SoftmaxTyped<float>(x, y, log); break;
            case ScalarType.Float64: SoftmaxTyped<double>(x, y, log); break;
            default: throw new NotSupportedException($"softmax of a {y.Storage.DType.Name()} tensor.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SoftmaxTyped<T>(View x, View y, bool log)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] X = Data<T>(x), Y = Data<T>(y);
        int length = (int)x.Shape[^1];
        long rows = length == 0 ? 0 : x.Count / length;
        for (long r = 0; r < rows; r++)
        {
            var xRow = X.AsSpan((int)(x.Offset + r * length), length);
            var yRow = Y.AsSpan((int)(y.Offset + r * length), length);
            // Subtracting the row maximum keeps exp from overflowing.
            T max = TensorPrimitives.Max<T>(xRow);
            if (T.IsInfinity(max)) max = T.Zero;
            TensorPrimitives.Subtract(xRow, max, yRow);
            TensorPrimitives.Exp<T>(yRow, yRow);
            T sum = TensorPrimitives.Sum<T>(yRow);
            if (log) TensorPrimitives.Subtract(xRow, max + T.Log(sum), yRow);
            else TensorPrimitives.Divide(yRow, sum, yRow);
        }
    }
}
