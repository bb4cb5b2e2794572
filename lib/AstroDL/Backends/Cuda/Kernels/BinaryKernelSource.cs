namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>Pointwise functions of two or three broadcast operands: arithmetic, comparisons, logic and where.</summary>
internal static class BinaryKernelSource
{
    private static readonly string Templates = CEnum.Declare<BinaryOp>() + CEnum.Declare<CompareOp>() + CEnum.Declare<LogicalOp>() + """
        template <typename T>
        __device__ __forceinline__ T binary_value(int op, T a, T b) {
            switch (op) {
                case BinaryOp_Add: return a + b;
                case BinaryOp_Sub: return a - b;
                case BinaryOp_Mul: return a * b;
                case BinaryOp_Div: return a / b;
                // In double and converted back, as the CPU backend does for every element type.
                case BinaryOp_Pow: return (T)pow((double)a, (double)b);
                case BinaryOp_Atan2: return (T)atan2((double)a, (double)b);
                case BinaryOp_Maximum: return max_with_nan(a, b);
                case BinaryOp_Minimum: return min_with_nan(a, b);
                // The upstream gradient where relu's input was positive (NaN inputs pass nothing, as on the CPU).
                case BinaryOp_ReluBackward: return b > (T)0 ? a : (T)0;
            }
            return a;
        }

        // Operands: 0 = a, 1 = b, 2 = y.
        template <typename T>
        __device__ void binary(Strided s, const T* a, const T* b, T* y, int op) {
            FOR_EACH(i, s.count) {
                long long at[3];
                locate<3>(s, i, at);
                y[at[2]] = binary_value(op, a[at[0]], b[at[1]]);
            }
        }

        template <typename T>
        __device__ void compare(Strided s, const T* a, const T* b, unsigned char* y, int op) {
            FOR_EACH(i, s.count) {
                long long at[3];
                locate<3>(s, i, at);
                T u = a[at[0]], v = b[at[1]];
                bool r;
                switch (op) {
                    case CompareOp_Eq: r = u == v; break;
                    case CompareOp_Ne: r = u != v; break;
                    case CompareOp_Lt: r = u < v; break;
                    case CompareOp_Le: r = u <= v; break;
                    case CompareOp_Gt: r = u > v; break;
                    default: r = u >= v; break;
                }
                y[at[2]] = r;
            }
        }

        template <typename T>
        __device__ void logical(Strided s, const T* a, const T* b, T* y, int op) {
            FOR_EACH(i, s.count) {
                long long at[3];
                locate<3>(s, i, at);
                bool u = a[at[0]] != 0, v = b[at[1]] != 0;
                y[at[2]] = op == LogicalOp_And ? (u && v) : op == LogicalOp_Or ? (u || v) : (u != v);
            }
        }

        // Operands: 0 = condition, 1 = a, 2 = b, 3 = y.
        template <typename T>
        __device__ void where(Strided s, const unsigned char* c, const T* a, const T* b, T* y) {
            FOR_EACH(i, s.count) {
                long long at[4];
                locate<4>(s, i, at);
                y[at[3]] = c[at[0]] != 0 ? a[at[1]] : b[at[2]];
            }
        }
        """;

    public static readonly KernelFamily Family = new("binary", Templates,
        KernelEntryPoint.ForEach("binary", "Strided s, const T* a, const T* b, T* y, int op", KernelTypes.Numeric),
        KernelEntryPoint.ForEach("compare", "Strided s, const T* a, const T* b, unsigned char* y, int op", KernelTypes.All),
        KernelEntryPoint.ForEach("logical", "Strided s, const T* a, const T* b, T* y, int op", ScalarType.Bool),
        KernelEntryPoint.ForEach("where", "Strided s, const unsigned char* c, const T* a, const T* b, T* y", KernelTypes.All));
}
