namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>Strided copies (with element-type conversion) and fills.</summary>
internal static class CopyKernelSource
{
    private const string Templates = """
        // Operands: 0 = source, 1 = destination.
        template <typename S, typename D>
        __device__ void copy(Strided s, const S* x, D* y) {
            FOR_EACH(i, s.count) {
                long long at[2];
                locate<2>(s, i, at);
                y[at[1]] = convert<D, S>(x[at[0]]);
            }
        }

        template <typename T>
        __device__ void fill(Strided s, T* y, T value) {
            FOR_EACH(i, s.count) {
                long long at[1];
                locate<1>(s, i, at);
                y[at[0]] = value;
            }
        }
        """;

    public static readonly KernelFamily Family = new("copy", Templates,
        new KernelEntryPoint("copy", "Strided s, const S* x, D* y", ["S", "D"],
            KernelTypes.All.SelectMany(from => KernelTypes.All.Select(to => new[] { from, to })).ToArray()),
        KernelEntryPoint.ForEach("fill", "Strided s, T* y, T value", KernelTypes.All));
}
