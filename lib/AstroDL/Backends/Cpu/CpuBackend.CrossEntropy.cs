using System.Buffers;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void CrossEntropy(View logits, View target, long ignoreIndex, bool mean, View loss, View gradient)
    {
        switch (logits.Storage.DType)
        {
            case ScalarType.Float32: CrossEntropyTyped<float>(logits, target, ignoreIndex, mean, loss, gradient); break;
            case ScalarType.Float64: CrossEntropyTyped<double>(logits, target, ignoreIndex, mean, loss, gradient); break;
            default: throw new NotSupportedException($"cross_entropy of {logits.Storage.DType.Name()} scores.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CrossEntropyTyped<T>(View logits, View target, long ignoreIndex, bool mean, View loss, View gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] x = Data<T>(logits), lossData = Data<T>(loss);
        long[] labels = Data<long>(target);
        int rows = (int)logits.Shape[0], classes = (int)logits.Shape[1];
        long labelStride = target.Rank == 0 ? 0 : target.Strides[0];
        int used = 0;
        for (int r = 0; r < rows; r++)
        {
            long t = labels[target.Offset + r * labelStride];
            if (t == ignoreIndex) continue;
            if ((ulong)t >= (ulong)classes)
                throw new ArgumentException(
                    $"cross_entropy: target {t} is out of range for {classes} classes (valid: 0 to {classes - 1}, or ignore_index {ignoreIndex}).");
            used++;
        }
        // The gradient of the mean is the per-row gradient divided by the number of rows that count.
        T scale = mean ? T.One / T.CreateTruncating(used) : T.One;
        bool withGradient = gradient.Storage is not null;
        T[] rowBuffer = withGradient ? Data<T>(gradient) : ArrayPool<T>.Shared.Rent(classes);
        double total = 0;
        for (int r = 0; r < rows; r++)
        {
            long t = labels[target.Offset + r * labelStride];
            var row = x.AsSpan((int)(logits.Offset + (long)r * classes), classes);
            var e = withGradient ? rowBuffer.AsSpan((int)(gradient.Offset + (long)r * classes), classes) : rowBuffer.AsSpan(0, classes);
            T rowLoss = T.Zero;
            if (t == ignoreIndex)
            {
                e.Clear();
            }
            else
            {
                // log Σ exp(x) = max + log Σ exp(x − max), which cannot overflow.
                T max = TensorPrimitives.Max<T>(row);
                if (T.IsInfinity(max)) max = T.Zero;
                TensorPrimitives.Subtract(row, max, e);
                TensorPrimitives.Exp<T>(e, e);
                T sum = TensorPrimitives.Sum<T>(e);
                rowLoss = max + T.Log(sum) - row[(int)t];
                if (withGradient)
                {
                    TensorPrimitives.Multiply(e, scale / sum, e);
                    e[(int)t] -= scale;
                }
            }
            if (loss.Rank == 1) lossData[loss.Offset + r * loss.Strides[0]] = rowLoss;
            else total += double.CreateTruncating(rowLoss);
        }
        if (!withGradient) ArrayPool<T>.Shared.Return(rowBuffer);
        if (loss.Rank == 0) lossData[loss.Offset] = T.CreateTruncating(mean ? total / used : total);
    }
}
