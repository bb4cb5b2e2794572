using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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
    private static unsafe void Unfold<T>(View x, View columns, ConvGeometry g, bool fold)
        where T : unmanaged, INumber<T>
    {
        T[] image = Data<T>(x), cols = Data<T>(columns);
        long images = x.Shape[0], imageSize = g.Channels * g.Height * g.Width, columnSize = g.ColumnRows * g.ColumnLength;
        ForRanges(images, columnSize, (first, last) =>
        {
            fixed (T* pImage = image, pCols = cols)
            {
                for (long n = first; n < last; n++)
                    UnfoldImage(pImage + x.Offset + n * imageSize, pCols + columns.Offset + n * columnSize, g, fold);
            }
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void UnfoldImage<T>(T* image, T* cols, ConvGeometry g, bool fold)
        where T : unmanaged, INumber<T>
    {
        int height = (int)g.Height, width = (int)g.Width, outHeight = (int)g.OutHeight, outWidth = (int)g.OutWidth;
        int strideW = (int)g.StrideWidth, length = outHeight * outWidth;
        // With unit strides and rows as wide as the image's, the valid rows of a column row are one shifted run of the plane.
        bool planeRuns = strideW == 1 && g.StrideHeight == 1 && outWidth == width;
        T* dst = cols;
        for (long c = 0; c < g.Channels; c++)
        {
            for (long kh = 0; kh < g.KernelHeight; kh++)
            {
                // Output rows [top, bottom) read image rows oh·strideH + rowShift inside [0, height).
                long rowShift = kh * g.DilationHeight - g.PadTop;
                int top = (int)Math.Clamp(rowShift >= 0 ? 0 : (-rowShift + g.StrideHeight - 1) / g.StrideHeight, 0, outHeight);
                int bottom = (int)Math.Clamp(height - rowShift <= 0 ? 0 : (height - rowShift + g.StrideHeight - 1) / g.StrideHeight, top, outHeight);
                T* plane = image + c * height * width;
                for (long kw = 0; kw < g.KernelWidth; kw++, dst += length)
                {
                    int shift = (int)(kw * g.DilationWidth - g.PadLeft);
                    // Output columns [first, last) read image columns ow·strideW + shift inside [0, width).
                    int first = shift >= 0 ? 0 : Math.Min(outWidth, (-shift + strideW - 1) / strideW);
                    int last = width - shift <= 0 ? first : Math.Clamp((width - shift + strideW - 1) / strideW, first, outWidth);
                    if (!fold)
                    {
                        Clear(dst, top * outWidth);
                        Clear(dst + bottom * outWidth, (outHeight - bottom) * outWidth);
                    }
                    if (planeRuns && bottom > top && last > first)
                    {
                        // One run of the rows. Its entries on padding columns pair with the neighbouring row's pixels, so they
                        // are cleared first (Col2Im, whose columns are scratch) or after (Im2Col): they then add or hold 0.
                        T* from = plane + (top + rowShift) * width + shift + first;
                        T* to = dst + top * width + first;
                        int run = (bottom - top) * width - first - (width - last);
                        if (fold)
                        {
                            ClearPaddingColumns(dst, top, bottom, width, first, last);
                            AddInto(to, from, run);
                        }
                        else
                        {
                            Unsafe.CopyBlockUnaligned(to, from, (uint)(run * sizeof(T)));
                            ClearPaddingColumns(dst, top, bottom, width, first, last);
                        }
                        continue;
                    }
                    for (int oh = top; oh < bottom; oh++)
                    {
                        T* segment = dst + oh * outWidth;
                        T* source = plane + (oh * g.StrideHeight + rowShift) * width + shift;
                        if (!fold)
                        {
                            Clear(segment, first);
                            Clear(segment + last, outWidth - last);
                        }
                        if (strideW == 1)
                        {
                            if (fold) AddInto(segment + first, source + first, last - first);
                            else Unsafe.CopyBlockUnaligned(segment + first, source + first, (uint)((last - first) * sizeof(T)));
                        }
                        else if (fold)
                        {
                            for (int ow = first; ow < last; ow++) source[ow * strideW] += segment[ow];
                        }
                        else
                        {
                            for (int ow = first; ow < last; ow++) segment[ow] = source[ow * strideW];
                        }
                    }
                }
            }
        }
    }

    /// <summary>Clears columns [0, first) and [last, width) of rows [top, bottom) of a column row laid out width apart.</summary>
    private static unsafe void ClearPaddingColumns<T>(T* row, int top, int bottom, int width, int first, int last)
        where T : unmanaged
    {
        if (first == 0 && last == width) return;
        for (int oh = top; oh < bottom; oh++)
        {
            Clear(row + oh * width, first);
            Clear(row + oh * width + last, width - last);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Clear<T>(T* at, int count)
        where T : unmanaged
    {
        if (count > 0) Unsafe.InitBlockUnaligned(at, 0, (uint)(count * sizeof(T)));
    }

    /// <summary>target[i] += values[i] for a short run: whole vectors, then the tail.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AddInto<T>(T* values, T* target, int count)
        where T : unmanaged, INumber<T>
    {
        int i = 0;
        for (; i + Vector256<T>.Count <= count; i += Vector256<T>.Count)
            Vector256.Store(Vector256.Load(target + i) + Vector256.Load(values + i), target + i);
        for (; i < count; i++) target[i] += values[i];
    }
}
