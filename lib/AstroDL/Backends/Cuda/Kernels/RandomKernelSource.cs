namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// Philox4x32-10 random numbers, the same stream as the CPU backend's (AstroDL.Randomness.Philox): one counter per
/// four uniforms or two normals, the top 24 bits of each word as the unit value, Box–Muller in double. Compiled
/// without fused multiply-add (see <see cref="NvrtcCompiler"/>), so the double arithmetic rounds exactly as on
/// the CPU and uniform floats are bit-identical.
/// </summary>
internal static class RandomKernelSource
{
    private const string Templates = """
        __device__ __forceinline__ void philox(unsigned long long key, unsigned long long counter, unsigned int (&out)[4]) {
            unsigned int c0 = (unsigned int)counter, c1 = (unsigned int)(counter >> 32), c2 = 0, c3 = 0;
            unsigned int k0 = (unsigned int)key, k1 = (unsigned int)(key >> 32);
            for (int round = 0; round < 10; ++round) {
                unsigned long long p0 = (unsigned long long)0xD2511F53u * c0;
                unsigned long long p1 = (unsigned long long)0xCD9E8D57u * c2;
                unsigned int n0 = (unsigned int)(p1 >> 32) ^ c1 ^ k0;
                unsigned int n2 = (unsigned int)(p0 >> 32) ^ c3 ^ k1;
                c1 = (unsigned int)p1;
                c3 = (unsigned int)p0;
                c0 = n0;
                c2 = n2;
                k0 += 0x9E3779B9u;
                k1 += 0xBB67AE85u;
            }
            out[0] = c0; out[1] = c1; out[2] = c2; out[3] = c3;
        }

        __device__ __forceinline__ double to_unit(unsigned int bits) { return (bits >> 8) * (1.0 / 16777216.0); }

        template <typename T>
        __device__ void uniform(T* y, long long n, unsigned long long seed, unsigned long long offset, double low, double high) {
            FOR_EACH(c, (n + 3) / 4) {
                unsigned int r[4];
                philox(seed, offset + (unsigned long long)c, r);
                for (int j = 0; j < 4; ++j) {
                    long long i = c * 4 + j;
                    if (i < n) y[i] = (T)(low + (high - low) * to_unit(r[j]));
                }
            }
        }

        template <typename T>
        __device__ void normal(T* y, long long n, unsigned long long seed, unsigned long long offset, double mean, double stddev) {
            FOR_EACH(c, (n + 1) / 2) {
                unsigned int r[4];
                philox(seed, offset + (unsigned long long)c, r);
                for (int j = 0; j < 2; ++j) {
                    long long i = c * 2 + j;
                    if (i >= n) break;
                    double u1 = to_unit(r[2 * j]), u2 = to_unit(r[2 * j + 1]);
                    double radius = sqrt(-2.0 * log(1.0 - u1));
                    y[i] = (T)(mean + stddev * (radius * cos(2.0 * 3.141592653589793 * u2)));
                }
            }
        }
        """;

    public static readonly KernelFamily Family = new("random", Templates,
        KernelEntryPoint.ForEach("uniform", "T* y, long long n, unsigned long long seed, unsigned long long offset, double low, double high", KernelTypes.Floating),
        KernelEntryPoint.ForEach("normal", "T* y, long long n, unsigned long long seed, unsigned long long offset, double mean, double stddev", KernelTypes.Floating));
}
