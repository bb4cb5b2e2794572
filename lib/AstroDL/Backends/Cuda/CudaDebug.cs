namespace AstroDL.Backends.Cuda;

/// <summary>
/// Launch debugging: when on, every kernel launch is followed by a synchronisation and an error check that names
/// the kernel, so a fault is reported by the op that caused it rather than by a later, unrelated one. Slow; for
/// finding bugs. On when ASTRODL_CUDA_DEBUG=1 (or CUDA_LAUNCH_BLOCKING=1) is set, or through torch.cuda.set_debug_launches.
/// </summary>
internal static class CudaDebug
{
    public const string Variable = "ASTRODL_CUDA_DEBUG";

    public static volatile bool Enabled = Environment.GetEnvironmentVariable(Variable) == "1" ||
                                         Environment.GetEnvironmentVariable("CUDA_LAUNCH_BLOCKING") == "1";
}
