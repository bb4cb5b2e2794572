using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

/// <summary>
/// Pointwise functions of one tensor from a contiguous span x into a contiguous span y of the same length (the
/// same span for in place; the backend first copies a strided input into y). Every op reads x and writes y in one
/// pass, element i from element i only, so x and y may be the same span.
/// </summary>
internal static class UnaryKernels
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Float<T>(UnaryOp op, ReadOnlySpan<T> x, Span<T> y, T alpha, T beta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (op)
        {
            case UnaryOp.Neg: TensorPrimitives.Negate(x, y); break;
            case UnaryOp.Abs: TensorPrimitives.Abs(x, y); break;
            case UnaryOp.Sign: for (int i = 0; i < y.Length; i++) y[i] = T.IsNaN(x[i]) ? x[i] : T.CreateTruncating(T.Sign(x[i])); break;
            case UnaryOp.Square: TensorPrimitives.Multiply(x, x, y); break;
            case UnaryOp.Sqrt: TensorPrimitives.Sqrt(x, y); break;
            case UnaryOp.Rsqrt: for (int i = 0; i < y.Length; i++) y[i] = T.One / T.Sqrt(x[i]); break;
            case UnaryOp.Reciprocal: TensorPrimitives.Divide(T.One, x, y); break;
            case UnaryOp.Exp: TensorPrimitives.Exp(x, y); break;
            case UnaryOp.Expm1: TensorPrimitives.ExpM1(x, y); break;
            case UnaryOp.Log: TensorPrimitives.Log(x, y); break;
            case UnaryOp.Log1p: TensorPrimitives.LogP1(x, y); break;
            case UnaryOp.Sin: TensorPrimitives.Sin(x, y); break;
            case UnaryOp.Cos: TensorPrimitives.Cos(x, y); break;
            case UnaryOp.Tanh: TensorPrimitives.Tanh(x, y); break;
            case UnaryOp.Sigmoid: TensorPrimitives.Sigmoid(x, y); break;
            case UnaryOp.Tan: TensorPrimitives.Tan(x, y); break;
            case UnaryOp.Asin: TensorPrimitives.Asin(x, y); break;
            case UnaryOp.Acos: TensorPrimitives.Acos(x, y); break;
            case UnaryOp.Atan: TensorPrimitives.Atan(x, y); break;
            case UnaryOp.Sinh: TensorPrimitives.Sinh(x, y); break;
            case UnaryOp.Cosh: TensorPrimitives.Cosh(x, y); break;
            case UnaryOp.Asinh: TensorPrimitives.Asinh(x, y); break;
            case UnaryOp.Acosh: TensorPrimitives.Acosh(x, y); break;
            case UnaryOp.Atanh: TensorPrimitives.Atanh(x, y); break;
            case UnaryOp.Floor: TensorPrimitives.Floor(x, y); break;
            case UnaryOp.Ceil: TensorPrimitives.Ceiling(x, y); break;
            case UnaryOp.Round: TensorPrimitives.Round(x, y); break;
            // Max propagates NaN, as PyTorch's relu does, and vectorises (a per-element branch would be mispredicted on half of real activations).
            case UnaryOp.Relu: TensorPrimitives.Max(x, T.Zero, y); break;
            case UnaryOp.LeakyRelu: for (int i = 0; i < y.Length; i++) y[i] = x[i] > T.Zero ? x[i] : alpha * x[i]; break;
            case UnaryOp.Elu: for (int i = 0; i < y.Length; i++) y[i] = x[i] > T.Zero ? x[i] : alpha * (T.Exp(x[i]) - T.One); break;
            case UnaryOp.Softplus:
                for (int i = 0; i < y.Length; i++)
                    y[i] = alpha * x[i] > beta ? x[i] : T.LogP1(T.Exp(alpha * x[i])) / alpha;
                break;
            case UnaryOp.Affine: TensorPrimitives.Multiply(x, alpha, y); TensorPrimitives.Add(y, beta, y); break;
            case UnaryOp.PowScalar: for (int i = 0; i < y.Length; i++) y[i] = T.Pow(x[i], alpha); break;
            case UnaryOp.Clamp:
                for (int i = 0; i < y.Length; i++)
                {
                    T v = x[i];
                    if (!T.IsNaN(alpha) && v < alpha) v = alpha;
                    if (!T.IsNaN(beta) && v > beta) v = beta;
                    y[i] = v;
                }
                break;
            default: throw new NotSupportedException($"Unary op {op}.");
        }
    }

    /// <summary>The ops that make sense on integers; the tensor layer converts to float for the rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Integer(UnaryOp op, Span<long> y, long alpha, long beta)
    {
        switch (op)
        {
            case UnaryOp.Neg: TensorPrimitives.Negate<long>(y, y); break;
            case UnaryOp.Abs: foreach (ref var v in y) v = Math.Abs(v); break;
            case UnaryOp.Sign: foreach (ref var v in y) v = Math.Sign(v); break;
            case UnaryOp.Square: TensorPrimitives.Multiply<long>(y, y, y); break;
            case UnaryOp.Relu: foreach (ref var v in y) v = Math.Max(v, 0); break;
            case UnaryOp.Affine: foreach (ref var v in y) v = alpha * v + beta; break;
            case UnaryOp.Clamp:
                foreach (ref var v in y) v = Math.Min(Math.Max(v, alpha), beta);
                break;
            default: throw new NotSupportedException($"{op} is not defined for int64 tensors.");
        }
    }

    public static bool IsIntegerOp(UnaryOp op) =>
        op is UnaryOp.Neg or UnaryOp.Abs or UnaryOp.Sign or UnaryOp.Square or UnaryOp.Relu or UnaryOp.Affine or UnaryOp.Clamp;
}
