namespace AstroDL.Backends.Cpu;

/// <summary>
/// Host memory: a managed array of the storage's element type (bool is kept as bytes 0/1). Arrays rented from
/// <see cref="CpuBufferPool"/> go back there when the storage is freed; arrays wrapped from elsewhere stay with
/// the garbage collector.
/// </summary>
internal sealed class CpuStorage : Storage
{
    private readonly bool pooled;
    private Array? data;

    public CpuStorage(Array data, ScalarType dtype, bool pooled = false)
        : base(dtype, data.LongLength)
    {
        this.data = data;
        this.pooled = pooled;
    }

    public static CpuStorage Rent(ScalarType dtype, long length) => new(CpuBufferPool.Rent(dtype, length), dtype, pooled: true);

    public Array Data => data ?? throw new InvalidOperationException("Internal error: a kernel used a storage after its memory was released.");
    public override IBackend Backend => CpuBackend.Instance;

    public T[] As<T>() => (T[])Data;

    protected override void Free()
    {
        var array = data;
        data = null;
        if (pooled && array is not null) CpuBufferPool.Return(array, DType);
    }

    public static Array NewArray(ScalarType dtype, long length) => dtype switch
    {
        ScalarType.Float32 => new float[length],
        ScalarType.Float64 => new double[length],
        ScalarType.Int64 => new long[length],
        ScalarType.Bool => new byte[length],
        _ => throw torch.NotStored(dtype),
    };
}
