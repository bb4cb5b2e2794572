namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// CUDA C shared by every kernel family (prepended to each): the strided iteration space that mirrors
/// <see cref="StridedArgs"/>, the deferred error report for bad indices, and the conversions that match the
/// CPU backend's rules (bool is a byte 0/1; float to int64 truncates and saturates, as .NET does).
/// </summary>
internal static class CommonKernelSource
{
    public const string Source = """
        #define MAX_RANK 8
        #define MAX_OPERANDS 4

        // An iteration space (sizes) and, for each operand, its start and strides in elements. The dims are already
        // merged where every operand is contiguous across them, so contiguous tensors arrive with rank 1.
        struct Strided {
            long long rank;
            long long count;
            long long size[MAX_RANK];
            long long offset[MAX_OPERANDS];
            long long stride[MAX_OPERANDS][MAX_RANK];
        };

        // The element offsets of iteration index i in the first N operands.
        template <int N>
        __device__ __forceinline__ void locate(const Strided& s, long long i, long long (&at)[N]) {
            for (int k = 0; k < N; ++k) at[k] = s.offset[k];
            if (s.rank == 1) {
                for (int k = 0; k < N; ++k) at[k] += i * s.stride[k][0];
                return;
            }
            for (int d = (int)s.rank - 1; d >= 0; --d) {
                long long q = i / s.size[d];
                long long c = i - q * s.size[d];
                for (int k = 0; k < N; ++k) at[k] += c * s.stride[k][d];
                i = q;
            }
        }

        // Grid-stride loop over n items, so any grid size covers any n.
        #define FOR_EACH(i, n) for (long long i = blockIdx.x * (long long)blockDim.x + threadIdx.x; i < (n); i += (long long)gridDim.x * blockDim.x)

        // Bad indices are not a fault: the kernel skips them and records the first one in a device word the host reads at
        // its next synchronisation: [0] which op (0 = none), [1] the index, [2] the size it broke.
        __device__ void report_bad_index(long long* error, long long op, long long index, long long size) {
            if (atomicCAS((unsigned long long*)error, 0ULL, (unsigned long long)op) == 0ULL) {
                error[1] = index;
                error[2] = size;
            }
        }

        template <typename T> __device__ __forceinline__ bool is_nan(T v) { return v != v; }

        // The larger (smaller) of a and b, NaN when either is, as .NET's Math.Max (Min) and the CPU backend (a + b is NaN then).
        template <typename T>
        __device__ __forceinline__ T max_with_nan(T a, T b) { return is_nan(a) || is_nan(b) ? a + b : (b > a ? b : a); }
        template <typename T>
        __device__ __forceinline__ T min_with_nan(T a, T b) { return is_nan(a) || is_nan(b) ? a + b : (b < a ? b : a); }

        // Conversions with the CPU backend's rules: to bool is "non-zero"; float to integer truncates (the hardware
        // conversion saturates and maps NaN to 0, as .NET's does).
        template <typename D, typename S> __device__ __forceinline__ D convert(S v) { return (D)v; }
        template <> __device__ __forceinline__ unsigned char convert<unsigned char, float>(float v) { return v != 0.0f; }
        template <> __device__ __forceinline__ unsigned char convert<unsigned char, double>(double v) { return v != 0.0; }
        template <> __device__ __forceinline__ unsigned char convert<unsigned char, long long>(long long v) { return v != 0; }
        template <> __device__ __forceinline__ unsigned char convert<unsigned char, unsigned char>(unsigned char v) { return v != 0; }

        """;
}
