using System.Text;
using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

/// <summary>
/// The loaded kernels of one device: each family is compiled (or read from the disk cache) and loaded as a module
/// the first time one of its kernels is launched; function handles are looked up once.
/// </summary>
internal sealed unsafe class KernelModules(CudaDevice device, NvrtcCompiler compiler, KernelDiskCache diskCache, CompileTarget target)
{
    private readonly Dictionary<KernelFamily, IntPtr> modules = [];
    private readonly Dictionary<string, IntPtr> functions = [];

    public CompileTarget Target { get; } = target;

    public KernelDiskCache DiskCache { get; } = diskCache;

    public IntPtr Function(KernelFamily family, string kernel)
    {
        lock (modules)
        {
            if (functions.TryGetValue(kernel, out var function)) return function;
            if (!modules.TryGetValue(family, out var module)) modules[family] = module = Load(family);
            fixed (byte* name = Encoding.ASCII.GetBytes(kernel + "\0"))
                device.Driver.Check(device.Driver.cuModuleGetFunction(&function, module, name), $"cuModuleGetFunction({kernel})");
            functions[kernel] = function;
            return function;
        }
    }

    private IntPtr Load(KernelFamily family)
    {
        var code = DiskCache.GetOrCompile(family, Target, compiler);
        IntPtr module;
        device.MakeCurrent();
        fixed (byte* image = code)
            device.Driver.Check(device.Driver.cuModuleLoadData(&module, image), $"cuModuleLoadData('{family.Name}' kernels, {Target.Architecture})");
        return module;
    }
}
