namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>Softmax and log-softmax over the last axis: one thread block per row, the row maximum subtracted first.</summary>
internal static class SoftmaxKernelSource
{
    private const string Templates = """
        #define SOFTMAX_THREADS 256

        template <typename T>
        __device__ __forceinline__ T max_with_nan(T a, T b) { return is_nan(a) || is_nan(b) ? a + b : (b > a ? b : a); }

        // Every thread gets the sum (or NaN-propagating maximum) of the block's values.
        template <typename T>
        __device__ T block_sum(T value, T* shared) {
            shared[threadIdx.x] = value;
            __syncthreads();
            for (unsigned int width = blockDim.x / 2; width > 0; width /= 2) {
                if (threadIdx.x < width) shared[threadIdx.x] += shared[threadIdx.x + width];
                __syncthreads();
            }
            T result = shared[0];
            __syncthreads();
            return result;
        }

        template <typename T>
        __device__ T block_max(T value, T* shared) {
            shared[threadIdx.x] = value;
            __syncthreads();
            for (unsigned int width = blockDim.x / 2; width > 0; width /= 2) {
                if (threadIdx.x < width) shared[threadIdx.x] = max_with_nan(shared[threadIdx.x], shared[threadIdx.x + width]);
                __syncthreads();
            }
            T result = shared[0];
            __syncthreads();
            return result;
        }

        template <typename T>
        __device__ void softmax(const T* x, T* y, long long rows, long long length, int logarithm) {
            __shared__ T shared[SOFTMAX_THREADS];
            for (long long r = blockIdx.x; r < rows; r += gridDim.x) {
                const T* xr = x + r * length;
                T* yr = y + r * length;
                T m = -(T)__int_as_float(0x7f800000);
                for (long long i = threadIdx.x; i < length; i += blockDim.x) m = max_with_nan(m, xr[i]);
                m = block_max(m, shared);
                // A row of infinities would give inf - inf; the CPU backend shifts by 0 then, and so does this.
                if (isinf(m)) m = (T)0;
                T sum = (T)0;
                for (long long i = threadIdx.x; i < length; i += blockDim.x) {
                    T e = exp(xr[i] - m);
                    if (!logarithm) yr[i] = e;
                    sum += e;
                }
                sum = block_sum(sum, shared);
                T shift = m + log(sum);
                for (long long i = threadIdx.x; i < length; i += blockDim.x) yr[i] = logarithm ? xr[i] - shift : yr[i] / sum;
            }
        }
        """;

    public static readonly KernelFamily Family = new("softmax", Templates,
        KernelEntryPoint.ForEach("softmax", "const T* x, T* y, long long rows, long long length, int logarithm", KernelTypes.Floating));
}
