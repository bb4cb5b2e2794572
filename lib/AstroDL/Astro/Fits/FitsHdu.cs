using static AstroDL.torch;

namespace AstroDL.Astro.Fits;

/// <summary>
/// One header-data unit: the primary HDU or an extension. Image HDUs carry <see cref="Values"/>, the physical values
/// (BZERO + BSCALE · stored value, NaN where the stored value is BLANK) in file order, the first axis (NAXIS1) varying
/// fastest; <see cref="Shape"/> lists the axes slowest first, as NumPy and astropy do, so <c>tensor()</c> of a
/// 2-D image is [NAXIS2, NAXIS1].
/// </summary>
public sealed class FitsHdu
{
    internal FitsHdu(int index, FitsHeader header, long[] shape, double[]? values, long headerOffset, long dataOffset)
    {
        Index = index;
        Header = header;
        Shape = shape;
        Values = values;
        HeaderOffset = headerOffset;
        DataOffset = dataOffset;
    }

    /// <summary>0 for the primary HDU, 1 for the first extension, ...</summary>
    public int Index { get; }

    /// <summary>EXTNAME, or PRIMARY for the primary HDU, or the extension type.</summary>
    public string Name => Header["EXTNAME"] as string ?? (Index == 0 ? "PRIMARY" : Header["XTENSION"] as string ?? "");

    public FitsHeader Header { get; }

    /// <summary>The image axes, slowest first; empty for an HDU without an image (or a table extension).</summary>
    public long[] Shape { get; }

    /// <summary>The physical values of an image HDU, or null when it holds no image.</summary>
    public double[]? Values { get; }

    public bool IsImage => Values is not null;

    public int BitPix => (int)(Header.Number("BITPIX") ?? 0);

    public long HeaderOffset { get; }

    public long DataOffset { get; }

    /// <summary>The image as float32 with <see cref="Shape"/>.</summary>
    public Tensor tensor() =>
        Values is { } values
            ? torch.tensor(Array.ConvertAll(values, v => (float)v), Shape)
            : throw new InvalidOperationException($"FITS HDU {Index} ({Name}) holds no image; pick an image HDU (IsImage).");

    public override string ToString() => $"HDU {Index} {Name}: {(IsImage ? $"BITPIX {BitPix}, [{string.Join(", ", Shape)}]" : "no image")}";
}
