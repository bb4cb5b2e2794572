namespace AstroDL.Backends.Cuda;

/// <summary>
/// What <see cref="CudaProbe.Run"/> found: whether CUDA tensors can be used, the problems in the user's words,
/// and the full report (libraries, devices, compiler, kernel cache, every search step) one line each.
/// </summary>
public sealed record CudaProbeReport(bool IsAvailable, IReadOnlyList<string> Problems, IReadOnlyList<string> Lines)
{
    public override string ToString() => string.Join(Environment.NewLine, Lines);
}
