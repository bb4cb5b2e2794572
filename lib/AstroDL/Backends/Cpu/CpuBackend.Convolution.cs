using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void Im2Col(View x, View columns, ConvGeometry g)
    {
        switch (x.Storage.DType)
        {
            case ScalarType.Float32: Unfold<float>(x, columns, g, fold: false); break;
            case ScalarType.Float64: Unfold<double>(x, columns, g, fold: false); break;
            default: throw new NotSupportedException($"im2col of a {x.Storage.DType.Name()} tensor.");
        }
    }

    public void Col2Im(View columns, View x, ConvGeometry g)
    {
        switch (x.Storage.DType)
        {
            case ScalarType.Float32: Unfold<float>(x, columns, g, fold: true); break;
            case ScalarType.Float64: Unfold<double>(x, columns, g, fold: true); break;
            default: throw new NotSupportedException($"col2im into a {x.Storage.DType.Name()} tensor.");
        }
    }

    /// <summary>Im2Col (fold false) or its adjoint Col2Im (fold true), one image per work item.</summary>
    private static void Unfold<T>(View x, View columns, ConvGeometry g, bool fold)
        where T : unmanaged, INumber<T>
    {
        T[] image = Data<T>(x), cols = Data<T>(columns);
        long images = x.Shape[0], imageSize = g.Channels * g.Height * g.Width, columnSize = g.ColumnRows * g.ColumnLength;
        ForRanges(images, columnSize, (first, last) =>
        {
            for (long n = first; n < last; n++)
                UnfoldImage(image, x.Offset + n * imageSize, cols, columns.Offset + n * columnSize, g, fold);
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void UnfoldImage<T>(T[] image, long imageAt, T[] cols, long colsAt, ConvGeometry g, bool fold)
        where T : unmanaged, INumber<T>
    {
        int height = (int)g.Height, width = (int)g.Width, outHeight = (int)g.OutHeight, outWidth = (int)g.OutWidth;
        int strideW = (int)g.StrideWidth, length = outHeight * outWidth;
        long row = 0;
        for (long c = 0; c < g.Channels; c++)
        {
            for (long kh = 0; kh < g.KernelHeight; kh++)
            {
                for (long kw = 0; kw < g.KernelWidth; kw++, row++)
                {
                    var dst = cols.AsSpan((int)(colsAt + row * length), length);
                    int shift = (int)(kw * g.DilationWidth - g.PadLeft);
                    // Output columns [first, last) read image columns ow·strideW + shift inside [0, width).
                    int first = shift >= 0 ? 0 : Math.Min(outWidth, (-shift + strideW - 1) / strideW);
                    int last = width - shift <= 0 ? first : Math.Clamp((width - shift + strideW - 1) / strideW, first, outWidth);
                    for (int oh = 0; oh < outHeight; oh++)
                    {
                        var segment = dst.Slice(oh * outWidth, outWidth);
                        long ih = oh * g.StrideHeight - g.PadTop + kh * g.DilationHeight;
                        if (ih < 0 || ih >= height)
                        {
                            if (!fold) segment.Clear();
                            continue;
                        }
                        int source = (int)(imageAt + (c * height + ih) * width) + shift;
                        if (!fold)
                        {
                            segment[..first].Clear();
                            segment[last..].Clear();
                        }
                        if (strideW == 1)
                        {
                            var pixels = image.AsSpan(source + first, last - first);
                            var taps = segment[first..last];
                            if (fold) TensorPrimitives.Add(pixels, taps, pixels);
                            else pixels.CopyTo(taps);
                        }
                        else if (fold)
                        {
                            for (int ow = first; ow < last; ow++) image[source + ow * strideW] += segment[ow];
                        }
                        else
                        {
                            for (int ow = first; ow < last; ow++) segment[ow] = image[source + ow * strideW];
                        }
                    }
                }
            }
        }
    }
}
