using AstroDL.Backends.Cuda.Native;

namespace AstroDL.Backends.Cuda;

/// <summary>
/// The CUDA libraries of this process, searched for once: the driver (then cuInit and the device count),
/// NVRTC and cuBLAS. Each part that failed keeps its reason; the search trace keeps every attempt.
/// </summary>
internal sealed unsafe class CudaLibraries
{
    private static readonly Lazy<CudaLibraries> system = new(() => new CudaLibraries(SystemNativeHost.Instance));

    public CudaLibraries(INativeHost host)
    {
        var search = new LibrarySearch(host, Trace);
        Driver = Bind(CudaLibraryKind.Driver, search.Find(CudaLibraryKind.Driver), lib => new CudaDriverApi(lib), out var driverProblem);
        DriverProblem = driverProblem;
        if (Driver is not null) StartDriver(Driver);
        // Libraries newer than the driver's CUDA release would compile or link code it cannot run.
        int? newest = DriverVersion > 0 ? DriverVersion / 1000 : null;
        Nvrtc = Bind(CudaLibraryKind.Nvrtc, search.Find(CudaLibraryKind.Nvrtc, newest), lib => new NvrtcApi(lib), out var nvrtcProblem);
        NvrtcProblem = nvrtcProblem;
        Cublas = Bind(CudaLibraryKind.Cublas, search.Find(CudaLibraryKind.Cublas, newest), lib => new CublasApi(lib), out var cublasProblem);
        CublasProblem = cublasProblem;
    }

    /// <summary>The libraries of the running machine (searched on first use).</summary>
    public static CudaLibraries System => system.Value;

    public LoaderTrace Trace { get; } = new();

    public CudaDriverApi? Driver { get; }
    public NvrtcApi? Nvrtc { get; }
    public CublasApi? Cublas { get; }

    /// <summary>Why a part is missing (null when it loaded).</summary>
    public string? DriverProblem { get; private set; }
    public string? NvrtcProblem { get; }
    public string? CublasProblem { get; }

    /// <summary>The CUDA release the driver supports, as 1000·major + 10·minor (0 when there is no driver).</summary>
    public int DriverVersion { get; private set; }

    public int DeviceCount { get; private set; }

    /// <summary>True when kernels can be compiled and launched and matrix products run: what torch.cuda.is_available() reports.</summary>
    public bool IsUsable => DeviceCount > 0 && Nvrtc is not null && Cublas is not null;

    /// <summary>One line per missing part, in the user's words; empty when everything is there.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = new List<string>();
            if (DriverProblem is not null) problems.Add("driver: " + DriverProblem);
            else if (DeviceCount == 0) problems.Add("driver: loaded, but it reports no CUDA device");
            if (NvrtcProblem is not null) problems.Add("NVRTC: " + NvrtcProblem);
            if (CublasProblem is not null) problems.Add("cuBLAS: " + CublasProblem);
            return problems;
        }
    }

    private void StartDriver(CudaDriverApi driver)
    {
        int version = 0, count = 0;
        driver.cuDriverGetVersion(&version);
        DriverVersion = version;
        int init = driver.cuInit(0);
        if (init != 0)
        {
            DriverProblem = $"cuInit failed with {driver.Describe(init)}; " + (init == CudaDriverApi.ErrorNoDevice
                ? "no NVIDIA GPU is visible to this process"
                : "the driver is installed but not working (kernel module not loaded, or a driver/library version mismatch)");
            Trace.Add("driver", LoaderOutcome.Failed, "cuInit", driver.Describe(init));
            return;
        }
        int status = driver.cuDeviceGetCount(&count);
        if (status != 0)
        {
            DriverProblem = $"cuDeviceGetCount failed with {driver.Describe(status)}";
            Trace.Add("driver", LoaderOutcome.Failed, "cuDeviceGetCount", driver.Describe(status));
            return;
        }
        DeviceCount = count;
        Trace.Add("driver", LoaderOutcome.Note, "cuInit", $"CUDA {version / 1000}.{version % 1000 / 10} driver, {count} device(s)");
    }

    private T? Bind<T>(CudaLibraryKind kind, LoadedLibrary? library, Func<LoadedLibrary, T> bind, out string? problem)
        where T : class
    {
        problem = null;
        if (library is null)
        {
            var name = kind.ToString().ToLowerInvariant();
            var tried = Trace.Entries.Where(e => e.Library == name && e.Outcome is LoaderOutcome.Failed or LoaderOutcome.Skipped)
                .Select(e => e.Candidate).Distinct();
            problem = $"not found; looked for {string.Join(", ", tried)} with the system loader and in the known folders " +
                      $"({CudaLibraryLocations.OverrideVariable(kind)} may name the file)";
            return null;
        }
        try
        {
            return bind(library);
        }
        catch (CudaException e)
        {
            problem = e.Message;
            return null;
        }
    }
}
