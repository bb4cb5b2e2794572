using AstroDL.Backends.Cuda.Kernels;
using AstroDL.Backends.Cuda.Memory;
using AstroDL.Backends.Cuda.Native;

namespace AstroDL.Backends.Cuda;

/// <summary>
/// One GPU as the backend uses it: the device's primary context (the one cuBLAS and other runtime-API code
/// share), one stream that all work is queued on in order, the caching allocator, the kernels and a cuBLAS handle.
/// The context is made current at every entry, because the calling thread (a notebook cell, a thread-pool worker)
/// may never have had it.
/// </summary>
internal sealed unsafe class CudaDevice
{
    /// <summary>Names of the ops that report bad indices through the error word (codes 1, 2, ...).</summary>
    internal static readonly string[] IndexedOps = ["", "gather", "scatter_add", "index_select", "index_add", "cross_entropy target"];

    private readonly IntPtr context;
    private IntPtr cublasHandle;

    public CudaDevice(CudaLibraries libraries, int ordinal)
    {
        Driver = libraries.Driver!;
        Cublas = libraries.Cublas!;
        Ordinal = ordinal;
        Properties = DeviceProperties.Read(Driver, ordinal);

        IntPtr ctx;
        Driver.Check(Driver.cuDevicePrimaryCtxRetain(&ctx, Properties.Handle), "cuDevicePrimaryCtxRetain");
        context = ctx;
        MakeCurrent();
        IntPtr stream;
        // Flags 0: a blocking stream, ordered with the legacy default stream that other libraries may use.
        Driver.Check(Driver.cuStreamCreate(&stream, 0), "cuStreamCreate");
        Stream = stream;
        ulong word;
        Driver.Check(Driver.cuMemAlloc(&word, ErrorWordBytes), "cuMemAlloc");
        ErrorWord = word;
        ClearErrorWord();

        Allocator = new CachingAllocator(new DriverDeviceMemory(this), Description);
        var nvrtc = libraries.Nvrtc!;
        Kernels = new KernelModules(this, new NvrtcCompiler(nvrtc), new KernelDiskCache(KernelDiskCache.DefaultFolder()),
            CompileTarget.For(Properties.Capability, nvrtc.SupportedArchitectures));
    }

    public CudaDriverApi Driver { get; }
    public CublasApi Cublas { get; }
    public int Ordinal { get; }
    public DeviceProperties Properties { get; }
    public IntPtr Stream { get; }
    public CachingAllocator Allocator { get; }
    public KernelModules Kernels { get; }

    /// <summary>Held around cuBLAS calls: a handle must not be used by two threads at once.</summary>
    public Lock CublasLock { get; } = new();

    /// <summary>The device address of the bad-index report kernels write (see CommonKernelSource): op, index, size.</summary>
    public ulong ErrorWord { get; }

    private const int ErrorWordBytes = 3 * sizeof(long);

    public string Description => $"cuda:{Ordinal} ({Properties.Name})";

    public void MakeCurrent() => Driver.Check(Driver.cuCtxSetCurrent(context), "cuCtxSetCurrent");

    /// <summary>The cuBLAS handle, created on first use with this device's context and stream.</summary>
    public IntPtr CublasHandle
    {
        get
        {
            if (cublasHandle != IntPtr.Zero) return cublasHandle;
            MakeCurrent();
            IntPtr handle;
            Cublas.Check(Cublas.cublasCreate(&handle), "cublasCreate");
            Cublas.Check(Cublas.cublasSetStream(handle, Stream), "cublasSetStream");
            return cublasHandle = handle;
        }
    }

    /// <summary>Launches a kernel on the stream; in debug mode waits for it and reports a failure by the kernel's name.</summary>
    public void Launch(KernelFamily family, string kernel, long gridSize, int blockSize, KernelArguments args)
    {
        if (gridSize <= 0) return;
        MakeCurrent();
        var function = Kernels.Function(family, kernel);
        uint grid = (uint)Math.Min(gridSize, int.MaxValue);
        Driver.Check(Driver.cuLaunchKernel(function, grid, 1, 1, (uint)blockSize, 1, 1, 0, Stream, args.Pointers, null), $"launching {kernel}");
        if (CudaDebug.Enabled) Synchronize($"kernel {kernel}");
    }

    /// <summary>Waits for the stream's work; reports a CUDA failure (asynchronous: it may come from any earlier op).</summary>
    public void WaitForStream()
    {
        MakeCurrent();
        int status = Driver.cuStreamSynchronize(Stream);
        if (status != 0) throw Failure(status, null);
    }

    /// <summary>
    /// Waits for the stream and reports a bad index a kernel recorded since the last wait. The report is read by a copy
    /// queued behind all the work, so one wait covers both.
    /// </summary>
    /// <param name="what">The op just launched, in debug mode (errors are then known to come from it).</param>
    public void Synchronize(string? what = null)
    {
        MakeCurrent();
        long* report = stackalloc long[3];
        int status = Driver.cuMemcpyDtoHAsync(report, ErrorWord, ErrorWordBytes, Stream);
        if (status == 0) status = Driver.cuStreamSynchronize(Stream);
        if (status != 0) throw Failure(status, what);
        if (report[0] == 0) return;
        ClearErrorWord();
        var name = report[0] > 0 && report[0] < IndexedOps.Length ? IndexedOps[report[0]] : "an indexing op";
        throw new IndexOutOfRangeException(
            $"{name}: index {report[1]} is out of bounds for a dimension of size {report[2]} (found by a GPU kernel that ran before this " +
            "point; the bad entries were skipped, so results computed from them are wrong).");
    }

    private CudaException Failure(int status, string? what) => new(what is null
        ? $"A GPU operation on {Description} failed: {Driver.Describe(status)}. Errors surface when the host waits for the GPU, " +
          $"so it may have been any op since the last wait; set {CudaDebug.Variable}=1 to find which."
        : $"{what} failed on {Description}: {Driver.Describe(status)}.", status);

    private void ClearErrorWord()
    {
        long* zeros = stackalloc long[3];
        zeros[0] = zeros[1] = zeros[2] = 0;
        // From pageable memory the copy is staged before the call returns, so the stack buffer may go.
        Driver.Check(Driver.cuMemcpyHtoDAsync(ErrorWord, zeros, ErrorWordBytes, Stream), "cuMemcpyHtoDAsync");
    }
}
