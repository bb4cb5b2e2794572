using AstroDL.Randomness;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void RandomUniform(View y, ulong seed, ulong offset, double low, double high)
    {
        long n = y.Count;
        switch (y.Storage.DType)
        {
            case ScalarType.Float32:
                var f = Data<float>(y);
                for (long i = 0; i < n; i++) f[y.Offset + i] = (float)(low + (high - low) * Philox.Uniform(seed, offset, i));
                break;
            case ScalarType.Float64:
                var d = Data<double>(y);
                for (long i = 0; i < n; i++) d[y.Offset + i] = low + (high - low) * Philox.Uniform(seed, offset, i);
                break;
            default: throw new NotSupportedException($"Uniform random numbers into a {y.Storage.DType.Name()} tensor.");
        }
    }

    public void RandomNormal(View y, ulong seed, ulong offset, double mean, double std)
    {
        long n = y.Count;
        switch (y.Storage.DType)
        {
            case ScalarType.Float32:
                var f = Data<float>(y);
                for (long i = 0; i < n; i++) f[y.Offset + i] = (float)(mean + std * Philox.Normal(seed, offset, i));
                break;
            case ScalarType.Float64:
                var d = Data<double>(y);
                for (long i = 0; i < n; i++) d[y.Offset + i] = mean + std * Philox.Normal(seed, offset, i);
                break;
            default: throw new NotSupportedException($"Normal random numbers into a {y.Storage.DType.Name()} tensor.");
        }
    }
}
