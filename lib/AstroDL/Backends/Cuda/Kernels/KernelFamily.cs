namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// One op family's kernels: device templates in CUDA C plus the entry points instantiated from them. A family
/// is one compilation unit (one NVRTC program, one CUBIN, one module), compiled the first time any of its
/// kernels is launched.
/// </summary>
internal sealed class KernelFamily(string name, string templates, params KernelEntryPoint[] entryPoints)
{
    public string Name { get; } = name;

    public IReadOnlyList<KernelEntryPoint> EntryPoints { get; } = entryPoints;

    /// <summary>The complete program: the common header, the templates, then the generated entry points.</summary>
    public string Source { get; } = CommonKernelSource.Source + templates + "\n" + string.Concat(entryPoints.Select(e => e.Emit()));

    public IEnumerable<string> KernelNames => EntryPoints.SelectMany(e => e.KernelNames);
}
