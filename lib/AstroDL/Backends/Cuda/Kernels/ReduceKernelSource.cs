namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// Reductions over any set of axes and arg-max/min along one axis: one thread block per output element, each
/// thread folding a strided share of the reduced elements, then a tree in shared memory (block size a power of two).
/// </summary>
internal static class ReduceKernelSource
{
    private static readonly string Templates = CEnum.Declare<ReduceOp>() + """
        #define REDUCE_THREADS 256

        template <typename T> struct Limits;
        template <> struct Limits<float> {
            __device__ static float lowest() { return -__int_as_float(0x7f800000); }
            __device__ static float highest() { return __int_as_float(0x7f800000); }
        };
        template <> struct Limits<double> {
            __device__ static double lowest() { return -__longlong_as_double(0x7ff0000000000000LL); }
            __device__ static double highest() { return __longlong_as_double(0x7ff0000000000000LL); }
        };
        template <> struct Limits<long long> {
            __device__ static long long lowest() { return (long long)0x8000000000000000ULL; }
            __device__ static long long highest() { return 0x7fffffffffffffffLL; }
        };

        template <typename T>
        __device__ __forceinline__ T reduce_identity(int op) {
            switch (op) {
                case ReduceOp_Sum: return (T)0;
                case ReduceOp_Prod: return (T)1;
                case ReduceOp_Max: return Limits<T>::lowest();
                default: return Limits<T>::highest();
            }
        }

        // A NaN anywhere makes max and min NaN, as on the CPU.
        template <typename T>
        __device__ __forceinline__ T reduce_combine(int op, T a, T b) {
            switch (op) {
                case ReduceOp_Sum: return a + b;
                case ReduceOp_Prod: return a * b;
                case ReduceOp_Max: return max_with_nan(a, b);
                default: return min_with_nan(a, b);
            }
        }

        // outer walks the outputs (operands 0 = x, 1 = y); inner walks the reduced elements of one output (operand 0 = x,
        // offsets relative to the output's first element).
        template <typename T>
        __device__ void reduce(Strided outer, Strided inner, const T* x, T* y, int op) {
            __shared__ T partial[REDUCE_THREADS];
            for (long long j = blockIdx.x; j < outer.count; j += gridDim.x) {
                long long out[2];
                locate<2>(outer, j, out);
                T acc = reduce_identity<T>(op);
                for (long long r = threadIdx.x; r < inner.count; r += blockDim.x) {
                    long long in[1];
                    locate<1>(inner, r, in);
                    acc = reduce_combine(op, acc, x[out[0] + in[0]]);
                }
                partial[threadIdx.x] = acc;
                __syncthreads();
                for (unsigned int width = blockDim.x / 2; width > 0; width /= 2) {
                    if (threadIdx.x < width) partial[threadIdx.x] = reduce_combine(op, partial[threadIdx.x], partial[threadIdx.x + width]);
                    __syncthreads();
                }
                if (threadIdx.x == 0) y[out[1]] = partial[0];
                __syncthreads();
            }
        }

        // Whether (v, i) beats (best, at): a NaN beats everything, then the larger (smaller) value, and ties go to the lower
        // index, so the result is the CPU's "first maximum" whatever the order threads see the elements in.
        template <typename T>
        __device__ __forceinline__ bool arg_beats(int max, T v, long long i, T best, long long at) {
            if (at < 0) return true;
            if (is_nan(best)) return is_nan(v) && i < at;
            if (is_nan(v)) return true;
            if (v == best) return i < at;
            return max ? v > best : v < best;
        }

        // outer walks the outputs (operands 0 = x, 1 = values, 2 = indices); the reduced axis has the given length and stride.
        template <typename T>
        __device__ void arg_reduce(Strided outer, long long length, long long axisStride, const T* x, T* values, long long* indices, int max) {
            __shared__ T bestValue[REDUCE_THREADS];
            __shared__ long long bestIndex[REDUCE_THREADS];
            for (long long j = blockIdx.x; j < outer.count; j += gridDim.x) {
                long long out[3];
                locate<3>(outer, j, out);
                T best = (T)0;
                long long at = -1;
                for (long long r = threadIdx.x; r < length; r += blockDim.x) {
                    T v = x[out[0] + r * axisStride];
                    if (arg_beats(max, v, r, best, at)) { best = v; at = r; }
                }
                bestValue[threadIdx.x] = best;
                bestIndex[threadIdx.x] = at;
                __syncthreads();
                for (unsigned int width = blockDim.x / 2; width > 0; width /= 2) {
                    if (threadIdx.x < width) {
                        T v = bestValue[threadIdx.x + width];
                        long long i = bestIndex[threadIdx.x + width];
                        if (i >= 0 && arg_beats(max, v, i, bestValue[threadIdx.x], bestIndex[threadIdx.x])) {
                            bestValue[threadIdx.x] = v;
                            bestIndex[threadIdx.x] = i;
                        }
                    }
                    __syncthreads();
                }
                if (threadIdx.x == 0) {
                    values[out[1]] = bestValue[0];
                    indices[out[2]] = bestIndex[0];
                }
                __syncthreads();
            }
        }
        """;

    public static readonly KernelFamily Family = new("reduce", Templates,
        KernelEntryPoint.ForEach("reduce", "Strided outer, Strided inner, const T* x, T* y, int op", KernelTypes.Numeric),
        KernelEntryPoint.ForEach("arg_reduce", "Strided outer, long long length, long long axisStride, const T* x, T* values, long long* indices, int max",
            KernelTypes.Numeric));
}
