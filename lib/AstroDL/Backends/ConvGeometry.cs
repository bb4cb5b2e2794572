using System.Runtime.InteropServices;

namespace AstroDL.Backends;

/// <summary>
/// A sliding window over the planes of an [N, C, H, W] image, as the convolution and pooling kernels see it. Output
/// position (oh, ow) with kernel tap (kh, kw) reads image row oh·StrideHeight − PadTop + kh·DilationHeight and column
/// ow·StrideWidth − PadLeft + kw·DilationWidth; positions outside the image are padding. The bottom and right padding
/// follow from the output size, so asymmetric ("same") padding needs no extra field. One-dimensional ops are the
/// special case Height = 1 with a kernel one row high. Laid out as the CUDA kernels' <c>ConvGeometry</c> struct, which
/// takes it by value.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct ConvGeometry(
    long Channels, long Height, long Width,
    long KernelHeight, long KernelWidth,
    long StrideHeight, long StrideWidth,
    long PadTop, long PadLeft,
    long DilationHeight, long DilationWidth,
    long OutHeight, long OutWidth)
{
    /// <summary>Rows of an image's column matrix: one per channel and kernel tap, ordered (c, kh, kw).</summary>
    public long ColumnRows => Channels * KernelHeight * KernelWidth;

    /// <summary>Columns of an image's column matrix: one per output position, ordered (oh, ow).</summary>
    public long ColumnLength => OutHeight * OutWidth;
}
