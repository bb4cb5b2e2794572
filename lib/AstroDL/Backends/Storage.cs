namespace AstroDL.Backends;

/// <summary>
/// A block of elements on one device. Tensors are strided windows onto a storage; several tensors
/// (views) may share one. <see cref="Version"/> counts in-place writes so autograd can tell when a
/// tensor saved for backward was changed under it.
/// </summary>
internal abstract class Storage
{
    protected Storage(ScalarType dtype, long length)
    {
        DType = dtype;
        Length = length;
    }

    public ScalarType DType { get; }
    public long Length { get; }
    public int Version { get; set; }
    public abstract IBackend Backend { get; }
}
