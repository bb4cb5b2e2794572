using AstroDL.Backends.Cuda.Kernels;
using AstroDL.Randomness;

namespace AstroDL.Backends.Cuda;

/// <summary>Random numbers from the CPU's Philox stream: the same seed and offset give the same tensor on either device.</summary>
internal sealed partial class CudaBackend
{
    public void RandomUniform(View y, ulong seed, ulong offset, double low, double high) =>
        LaunchRandom("uniform", y, Philox.CountersForUniform(y.Count), seed, offset, low, high);

    public void RandomNormal(View y, ulong seed, ulong offset, double mean, double std) =>
        LaunchRandom("normal", y, Philox.CountersForNormal(y.Count), seed, offset, mean, std);

    /// <summary>One thread per Philox counter; y is filled contiguously from its offset, as on the CPU.</summary>
    private void LaunchRandom(string template, View y, ulong counters, ulong seed, ulong offset, double a, double b)
    {
        var type = y.Storage.DType;
        if (!torch.is_floating_point(type)) throw new NotSupportedException($"Random numbers into a {type.Name()} tensor.");
        if (y.Count == 0) return;
        LaunchPerElement(RandomKernelSource.Family, KernelTypes.KernelName(template, type), (long)counters,
            KernelArguments.Start().Add(At(y)).Add(y.Count).Add(seed).Add(offset).Add(a).Add(b));
    }
}
