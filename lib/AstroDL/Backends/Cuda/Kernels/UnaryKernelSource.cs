namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>Pointwise functions of one tensor, with the CPU backend's edge cases (NaN through ReLU, NaN clamp bounds = no bound).</summary>
internal static class UnaryKernelSource
{
    private static readonly string Templates = CEnum.Declare<UnaryOp>() + """
        template <typename T>
        __device__ __forceinline__ T unary_real(int op, T v, T alpha, T beta) {
            switch (op) {
                case UnaryOp_Neg: return -v;
                case UnaryOp_Abs: return fabs(v);
                case UnaryOp_Sign: return is_nan(v) ? v : (T)((v > (T)0) - (v < (T)0));
                case UnaryOp_Square: return v * v;
                case UnaryOp_Sqrt: return sqrt(v);
                case UnaryOp_Rsqrt: return (T)1 / sqrt(v);
                case UnaryOp_Reciprocal: return (T)1 / v;
                case UnaryOp_Exp: return exp(v);
                case UnaryOp_Expm1: return expm1(v);
                case UnaryOp_Log: return log(v);
                case UnaryOp_Log1p: return log1p(v);
                case UnaryOp_Sin: return sin(v);
                case UnaryOp_Cos: return cos(v);
                case UnaryOp_Tanh: return tanh(v);
                case UnaryOp_Sigmoid: return (T)1 / ((T)1 + exp(-v));
                case UnaryOp_Tan: return tan(v);
                case UnaryOp_Asin: return asin(v);
                case UnaryOp_Acos: return acos(v);
                case UnaryOp_Atan: return atan(v);
                case UnaryOp_Sinh: return sinh(v);
                case UnaryOp_Cosh: return cosh(v);
                case UnaryOp_Asinh: return asinh(v);
                case UnaryOp_Acosh: return acosh(v);
                case UnaryOp_Atanh: return atanh(v);
                case UnaryOp_Floor: return floor(v);
                case UnaryOp_Ceil: return ceil(v);
                // Halves to even, as .NET's Math.Round.
                case UnaryOp_Round: return rint(v);
                case UnaryOp_Relu: return v > (T)0 || is_nan(v) ? v : (T)0;
                case UnaryOp_LeakyRelu: return v > (T)0 ? v : alpha * v;
                case UnaryOp_Elu: return v > (T)0 ? v : alpha * (exp(v) - (T)1);
                case UnaryOp_Softplus: return alpha * v > beta ? v : log1p(exp(alpha * v)) / alpha;
                case UnaryOp_Affine: return alpha * v + beta;
                case UnaryOp_PowScalar: return pow(v, alpha);
                case UnaryOp_Clamp:
                    if (!is_nan(alpha) && v < alpha) v = alpha;
                    if (!is_nan(beta) && v > beta) v = beta;
                    return v;
            }
            return v;
        }

        // The ops defined for integers (the tensor layer converts to float for the others).
        __device__ __forceinline__ long long unary_integer(int op, long long v, long long alpha, long long beta) {
            switch (op) {
                case UnaryOp_Neg: return -v;
                case UnaryOp_Abs: return v < 0 ? -v : v;
                case UnaryOp_Sign: return (v > 0) - (v < 0);
                case UnaryOp_Square: return v * v;
                case UnaryOp_Relu: return v > 0 ? v : 0;
                case UnaryOp_Affine: return alpha * v + beta;
                case UnaryOp_Clamp: return min(max(v, alpha), beta);
            }
            return v;
        }

        __device__ __forceinline__ float unary_value(int op, float v, float alpha, float beta) { return unary_real(op, v, alpha, beta); }
        __device__ __forceinline__ double unary_value(int op, double v, double alpha, double beta) { return unary_real(op, v, alpha, beta); }
        __device__ __forceinline__ long long unary_value(int op, long long v, long long alpha, long long beta) { return unary_integer(op, v, alpha, beta); }

        // Operands: 0 = x, 1 = y.
        template <typename T>
        __device__ void unary(Strided s, const T* x, T* y, int op, T alpha, T beta) {
            FOR_EACH(i, s.count) {
                long long at[2];
                locate<2>(s, i, at);
                y[at[1]] = unary_value(op, x[at[0]], alpha, beta);
            }
        }
        """;

    public static readonly KernelFamily Family = new("unary", Templates,
        KernelEntryPoint.ForEach("unary", "Strided s, const T* x, T* y, int op, T alpha, T beta", KernelTypes.Numeric));
}
