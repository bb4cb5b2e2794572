namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// Softmax and log-softmax over the last axis, and the fused softmax cross-entropy with its gradient: one thread block
/// per row, the row maximum subtracted first.
/// </summary>
internal static class SoftmaxKernelSource
{
    private const string Templates = """
        #define SOFTMAX_THREADS 256

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

        // The shift that keeps exp from overflowing: the row's maximum, or 0 when that is infinite (a row of infinities
        // would give inf - inf; the CPU backend shifts by 0 then, and so does this).
        template <typename T>
        __device__ T row_shift(const T* xr, long long length, T* shared) {
            T m = -(T)__int_as_float(0x7f800000);
            for (long long i = threadIdx.x; i < length; i += blockDim.x) m = max_with_nan(m, xr[i]);
            m = block_max(m, shared);
            return isinf(m) ? (T)0 : m;
        }

        // Σ exp(x − m) over the row; each exp(x[i] − m) also goes to e[i] when e is not null.
        template <typename T>
        __device__ T row_exp_sum(const T* xr, long long length, T m, T* e, T* shared) {
            T sum = (T)0;
            for (long long i = threadIdx.x; i < length; i += blockDim.x) {
                T v = exp(xr[i] - m);
                if (e) e[i] = v;
                sum += v;
            }
            return block_sum(sum, shared);
        }

        template <typename T>
        __device__ void softmax(const T* x, T* y, long long rows, long long length, int logarithm) {
            __shared__ T shared[SOFTMAX_THREADS];
            for (long long r = blockIdx.x; r < rows; r += gridDim.x) {
                const T* xr = x + r * length;
                T* yr = y + r * length;
                T m = row_shift(xr, length, shared);
                T sum = row_exp_sum(xr, length, m, logarithm ? (T*)0 : yr, shared);
                T shift = m + log(sum);
                for (long long i = threadIdx.x; i < length; i += blockDim.x) yr[i] = logarithm ? xr[i] - shift : yr[i] / sum;
            }
        }

        // How many rows count towards a mean: those whose target is not ignoreIndex (one block; I is the index type).
        template <typename I>
        __device__ void count_targets(const I* target, long long targetStride, long long rows, long long ignoreIndex, long long* used) {
            __shared__ long long shared[SOFTMAX_THREADS];
            long long count = 0;
            for (long long r = threadIdx.x; r < rows; r += blockDim.x) count += target[r * targetStride] != ignoreIndex;
            count = block_sum(count, shared);
            if (threadIdx.x == 0) *used = count;
        }

        // Per row, its loss −log softmax(x)[t] = max + log Σ exp(x − max) − x[t] and, when gradient is not null,
        // (softmax − one-hot)·scale, the scale being 1 / used for a mean. Ignored rows get 0. A target outside
        // [0, classes) is reported under the code op and its row skipped.
        template <typename T>
        __device__ void cross_entropy(const T* x, const long long* target, long long targetStride, long long rows, long long classes,
                                      long long ignoreIndex, int mean, const long long* used, T* loss, long long lossStride, T* gradient,
                                      long long op, long long* error) {
            __shared__ T shared[SOFTMAX_THREADS];
            T scale = mean ? (T)1 / (T)*used : (T)1;
            for (long long r = blockIdx.x; r < rows; r += gridDim.x) {
                const T* xr = x + r * classes;
                T* gr = gradient ? gradient + r * classes : 0;
                long long t = target[r * targetStride];
                if (t == ignoreIndex) {
                    if (gr) for (long long i = threadIdx.x; i < classes; i += blockDim.x) gr[i] = (T)0;
                    if (threadIdx.x == 0) loss[r * lossStride] = (T)0;
                    continue;
                }
                if (t < 0 || t >= classes) {
                    if (threadIdx.x == 0) report_bad_index(error, op, t, classes);
                    continue;
                }
                T m = row_shift(xr, classes, shared);
                T sum = row_exp_sum(xr, classes, m, gr, shared);
                if (threadIdx.x == 0) loss[r * lossStride] = m + log(sum) - xr[t];
                if (gr) {
                    T factor = scale / sum;
                    for (long long i = threadIdx.x; i < classes; i += blockDim.x) gr[i] = i == t ? gr[i] * factor - scale : gr[i] * factor;
                }
            }
        }

        // The 0-d loss from the rows' losses: their sum in double, divided by the counted rows for a mean (one block).
        template <typename T>
        __device__ void cross_entropy_total(const T* rowLoss, long long rows, int mean, const long long* used, T* loss) {
            __shared__ double shared[SOFTMAX_THREADS];
            double total = 0;
            for (long long r = threadIdx.x; r < rows; r += blockDim.x) total += (double)rowLoss[r];
            total = block_sum(total, shared);
            if (threadIdx.x == 0) *loss = (T)(mean ? total / *used : total);
        }
        """;

    public static readonly KernelFamily Family = new("softmax", Templates,
        KernelEntryPoint.ForEach("softmax", "const T* x, T* y, long long rows, long long length, int logarithm", KernelTypes.Floating),
        KernelEntryPoint.ForEach("count_targets", "const T* target, long long targetStride, long long rows, long long ignoreIndex, long long* used",
            ScalarType.Int64),
        KernelEntryPoint.ForEach("cross_entropy",
            "const T* x, const long long* target, long long targetStride, long long rows, long long classes, long long ignoreIndex, int mean, " +
            "const long long* used, T* loss, long long lossStride, T* gradient, long long op, long long* error",
            KernelTypes.Floating),
        KernelEntryPoint.ForEach("cross_entropy_total", "const T* rowLoss, long long rows, int mean, const long long* used, T* loss", KernelTypes.Floating));
}
