namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>Integer matrix products (cuBLAS has none): one thread per output element, any operand strides.</summary>
internal static class MatMulKernelSource
{
    private const string Templates = """
        // a, b and c with strides (batch, row, column); c's column stride is 1.
        template <typename T>
        __device__ void matmul(const T* a, const T* b, T* c, long long batches, long long m, long long n, long long k,
                               long long sab, long long sam, long long sak, long long sbb, long long sbk, long long sbn,
                               long long scb, long long scm) {
            FOR_EACH(i, batches * m * n) {
                long long col = i % n, row = i / n % m, batch = i / (m * n);
                const T* ar = a + batch * sab + row * sam;
                const T* bc = b + batch * sbb + col * sbn;
                T acc = (T)0;
                for (long long j = 0; j < k; ++j) acc += ar[j * sak] * bc[j * sbk];
                c[batch * scb + row * scm + col] = acc;
            }
        }
        """;

    public static readonly KernelFamily Family = new("matmul", Templates,
        KernelEntryPoint.ForEach("matmul",
            "const T* a, const T* b, T* c, long long batches, long long m, long long n, long long k, " +
            "long long sab, long long sam, long long sak, long long sbb, long long sbk, long long sbn, long long scb, long long scm",
            ScalarType.Int64));
}
