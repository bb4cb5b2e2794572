namespace AstroDL.Backends.Cpu;

/// <summary>Host memory: a managed array of the storage's element type (bool is kept as bytes 0/1).</summary>
internal sealed class CpuStorage : Storage
{
    public CpuStorage(Array data, ScalarType dtype)
        : base(dtype, data.LongLength) => Data = data;

    public Array Data { get; }
    public override IBackend Backend => CpuBackend.Instance;

    public T[] As<T>() => (T[])Data;

    public static Array NewArray(ScalarType dtype, long length) => dtype switch
    {
        ScalarType.Float32 => new float[length],
        ScalarType.Float64 => new double[length],
        ScalarType.Int64 => new long[length],
        ScalarType.Bool => new byte[length],
        _ => throw new ArgumentOutOfRangeException(nameof(dtype)),
    };
}
