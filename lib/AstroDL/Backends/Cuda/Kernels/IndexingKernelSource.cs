namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// gather and scatter_add (index_select and index_add are the same kernels with the index broadcast along one
/// dim). Operands: 0 = index, 1 = the tensor laid out like the index, 2 = the table addressed through the index
/// (its stride along dim is 0 in the layout; the index supplies that coordinate).
/// </summary>
internal static class IndexingKernelSource
{
    private const string Templates = """
        __device__ __forceinline__ void atomic_add(float* p, float v) { atomicAdd(p, v); }
        __device__ __forceinline__ void atomic_add(double* p, double v) { atomicAdd(p, v); }
        __device__ __forceinline__ void atomic_add(long long* p, long long v) { atomicAdd((unsigned long long*)p, (unsigned long long)v); }

        // Calls visit(dense offset, table offset) for each index entry; entries outside [0, dimSize) are skipped and reported.
        template <typename Visit>
        __device__ __forceinline__ void for_each_index(const Strided& s, const long long* index, long long dimStride, long long dimSize,
                                                       long long op, long long* error, Visit visit) {
            FOR_EACH(i, s.count) {
                long long at[3];
                locate<3>(s, i, at);
                long long k = index[at[0]];
                if (k < 0 || k >= dimSize) { report_bad_index(error, op, k, dimSize); continue; }
                visit(at[1], at[2] + k * dimStride);
            }
        }

        template <typename T> struct ReadInto {
            T* dense;
            const T* table;
            __device__ ReadInto(T* d, const T* t) : dense(d), table(t) {}
            __device__ void operator()(long long d, long long t) const { dense[d] = table[t]; }
        };

        template <typename T> struct AddInto {
            const T* dense;
            T* table;
            __device__ AddInto(const T* d, T* t) : dense(d), table(t) {}
            __device__ void operator()(long long d, long long t) const { atomic_add(&table[t], dense[d]); }
        };

        template <typename T>
        __device__ void gather(Strided s, const long long* index, T* dense, const T* table, long long dimStride, long long dimSize,
                               long long op, long long* error) {
            for_each_index(s, index, dimStride, dimSize, op, error, ReadInto<T>(dense, table));
        }

        // Several index entries may name one table element, so additions are atomic (their order, and so the last bits of
        // a float sum, may vary from run to run).
        template <typename T>
        __device__ void scatter_add(Strided s, const long long* index, const T* dense, T* table, long long dimStride, long long dimSize,
                                    long long op, long long* error) {
            for_each_index(s, index, dimStride, dimSize, op, error, AddInto<T>(dense, table));
        }
        """;

    private const string Parameters = "Strided s, const long long* index, {0} dense, {1} table, long long dimStride, long long dimSize, long long op, long long* error";

    public static readonly KernelFamily Family = new("indexing", Templates,
        KernelEntryPoint.ForEach("gather", string.Format(null, Parameters, "T*", "const T*"), KernelTypes.Numeric),
        KernelEntryPoint.ForEach("scatter_add", string.Format(null, Parameters, "const T*", "T*"), KernelTypes.Numeric));
}
