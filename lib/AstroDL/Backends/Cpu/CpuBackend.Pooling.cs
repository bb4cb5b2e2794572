using System.Numerics;
using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void MaxPool(View x, View y, View indices, ConvGeometry g)
    {
        switch (x.Storage.DType)
        {
            case ScalarType.Float32: MaxPoolTyped<float>(x, y, indices, g); break;
            case ScalarType.Float64: MaxPoolTyped<double>(x, y, indices, g); break;
            default: throw new NotSupportedException($"max pooling of a {x.Storage.DType.Name()} tensor.");
        }
    }

    public void MaxPoolBackward(View gradY, View indices, View gradX)
    {
        switch (gradX.Storage.DType)
        {
            case ScalarType.Float32: MaxPoolBackwardTyped<float>(gradY, indices, gradX); break;
            case ScalarType.Float64: MaxPoolBackwardTyped<double>(gradY, indices, gradX); break;
            default: throw new NotSupportedException($"max pooling gradient into a {gradX.Storage.DType.Name()} tensor.");
        }
    }

    public void AvgPool(View x, View y, ConvGeometry g, bool countIncludePad, long? divisorOverride)
    {
        switch (x.Storage.DType)
        {
            case ScalarType.Float32: AvgPoolTyped<float>(x, y, g, countIncludePad, divisorOverride, backward: false); break;
            case ScalarType.Float64: AvgPoolTyped<double>(x, y, g, countIncludePad, divisorOverride, backward: false); break;
            default: throw new NotSupportedException($"average pooling of a {x.Storage.DType.Name()} tensor.");
        }
    }

    public void AvgPoolBackward(View gradY, View gradX, ConvGeometry g, bool countIncludePad, long? divisorOverride)
    {
        switch (gradX.Storage.DType)
        {
            case ScalarType.Float32: AvgPoolTyped<float>(gradX, gradY, g, countIncludePad, divisorOverride, backward: true); break;
            case ScalarType.Float64: AvgPoolTyped<double>(gradX, gradY, g, countIncludePad, divisorOverride, backward: true); break;
            default: throw new NotSupportedException($"average pooling gradient into a {gradX.Storage.DType.Name()} tensor.");
        }
    }

    private static void MaxPoolTyped<T>(View x, View y, View indices, ConvGeometry g)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] image = Data<T>(x), pooled = Data<T>(y);
        long[] at = Data<long>(indices);
        long planes = x.Shape[0] * x.Shape[1], planeSize = g.Height * g.Width, outSize = g.ColumnLength;
        bool twoByTwo = g is { KernelHeight: 2, KernelWidth: 2, StrideHeight: 2, StrideWidth: 2, PadTop: 0, PadLeft: 0, DilationHeight: 1, DilationWidth: 1 }
            && 2 * g.OutHeight <= g.Height && 2 * g.OutWidth <= g.Width;
        ForRanges(planes, outSize * g.KernelHeight * g.KernelWidth, (first, last) =>
        {
            for (long p = first; p < last; p++)
            {
                if (twoByTwo) MaxPool2x2Plane(image, x.Offset + p * planeSize, pooled, y.Offset + p * outSize, at, indices.Offset + p * outSize, g);
                else MaxPoolPlane(image, x.Offset + p * planeSize, pooled, y.Offset + p * outSize, at, indices.Offset + p * outSize, g);
            }
        });
    }

    /// <summary>
    /// The CNN's usual pooling, 2x2 windows at stride 2 that all lie inside the image: the same choice as
    /// <see cref="MaxPoolPlane"/> (first maximum in window order, a NaN wins), without its bounds checks and loops.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MaxPool2x2Plane<T>(T[] image, long imageAt, T[] pooled, long pooledAt, long[] at, long atAt, ConvGeometry g)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        long width = g.Width;
        for (long oh = 0, o = 0; oh < g.OutHeight; oh++)
        {
            long top = 2 * oh * width, bottom = top + width;
            for (long ow = 0; ow < g.OutWidth; ow++, o++)
            {
                long bestAt = top + 2 * ow;
                T best = image[imageAt + bestAt];
                Consider(image, imageAt, bestAt + 1, ref best, ref bestAt);
                Consider(image, imageAt, bottom + 2 * ow, ref best, ref bestAt);
                Consider(image, imageAt, bottom + 2 * ow + 1, ref best, ref bestAt);
                pooled[pooledAt + o] = best;
                at[atAt + o] = bestAt;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Consider<T>(T[] image, long imageAt, long position, ref T best, ref long bestAt)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Branch-free, as in MaxPoolPlane: on real data "v > best" is a coin flip that the CPU would mispredict.
        T v = image[imageAt + position];
        bool take = (v > best) | T.IsNaN(v);
        bestAt ^= (bestAt ^ position) & -(long)Unsafe.As<bool, byte>(ref take);
        best = image[imageAt + bestAt];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MaxPoolPlane<T>(T[] image, long imageAt, T[] pooled, long pooledAt, long[] at, long atAt, ConvGeometry g)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (long oh = 0, o = 0; oh < g.OutHeight; oh++)
        {
            long h0 = oh * g.StrideHeight - g.PadTop;
            for (long ow = 0; ow < g.OutWidth; ow++, o++)
            {
                long w0 = ow * g.StrideWidth - g.PadLeft;
                long bestAt = -1;
                for (long kh = 0; kh < g.KernelHeight; kh++)
                {
                    long ih = h0 + kh * g.DilationHeight;
                    if (ih < 0 || ih >= g.Height) continue;
                    for (long kw = 0; kw < g.KernelWidth; kw++)
                    {
                        long iw = w0 + kw * g.DilationWidth;
                        if (iw < 0 || iw >= g.Width) continue;
                        long position = ih * g.Width + iw;
                        if (bestAt < 0)
                        {
                            bestAt = position;
                            continue;
                        }
                        // Chooses without a branch: on real data "v > best" is a coin flip that the CPU would mispredict.
                        T v = image[imageAt + position];
                        bool take = (v > image[imageAt + bestAt]) | T.IsNaN(v);
                        bestAt ^= (bestAt ^ position) & -(long)Unsafe.As<bool, byte>(ref take);
                    }
                }
                pooled[pooledAt + o] = image[imageAt + bestAt];
                at[atAt + o] = bestAt;
            }
        }
    }

    private static void MaxPoolBackwardTyped<T>(View gradY, View indices, View gradX)
        where T : unmanaged, INumber<T>
    {
        T[] gy = Data<T>(gradY), gx = Data<T>(gradX);
        long[] at = Data<long>(indices);
        long planes = gradX.Shape[0] * gradX.Shape[1], planeSize = gradX.Shape[2] * gradX.Shape[3];
        long outSize = gradY.Shape[2] * gradY.Shape[3];
        ForRanges(planes, outSize, (first, last) =>
        {
            for (long p = first; p < last; p++)
            {
                long source = gradY.Offset + p * outSize, index = indices.Offset + p * outSize, target = gradX.Offset + p * planeSize;
                for (long o = 0; o < outSize; o++) gx[target + at[index + o]] += gy[source + o];
            }
        });
    }

    /// <summary>Forward: pooled = window means of image. Backward: image += pooled (the output gradient) spread over each window.</summary>
    private static void AvgPoolTyped<T>(View image, View pooled, ConvGeometry g, bool countIncludePad, long? divisorOverride, bool backward)
        where T : unmanaged, INumber<T>
    {
        T[] img = Data<T>(image), pool = Data<T>(pooled);
        long planes = image.Shape[0] * image.Shape[1], planeSize = g.Height * g.Width, outSize = g.ColumnLength;
        ForRanges(planes, outSize * g.KernelHeight * g.KernelWidth, (first, last) =>
        {
            for (long p = first; p < last; p++)
            {
                AvgPoolPlane(img, image.Offset + p * planeSize, pool, pooled.Offset + p * outSize, g, countIncludePad, divisorOverride, backward);
            }
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AvgPoolPlane<T>(T[] image, long imageAt, T[] pooled, long pooledAt, ConvGeometry g, bool countIncludePad,
        long? divisorOverride, bool backward)
        where T : unmanaged, INumber<T>
    {
        for (long oh = 0, o = 0; oh < g.OutHeight; oh++)
        {
            long h0 = oh * g.StrideHeight - g.PadTop, h1 = Math.Min(h0 + g.KernelHeight, g.Height + g.PadTop);
            long paddedHeight = h1 - h0;
            h0 = Math.Max(h0, 0);
            h1 = Math.Min(h1, g.Height);
            for (long ow = 0; ow < g.OutWidth; ow++, o++)
            {
                long w0 = ow * g.StrideWidth - g.PadLeft, w1 = Math.Min(w0 + g.KernelWidth, g.Width + g.PadLeft);
                long paddedWidth = w1 - w0;
                w0 = Math.Max(w0, 0);
                w1 = Math.Min(w1, g.Width);
                long divisor = divisorOverride ?? (countIncludePad ? paddedHeight * paddedWidth : (h1 - h0) * (w1 - w0));
                T count = T.CreateChecked(divisor);
                if (backward)
                {
                    T share = pooled[pooledAt + o] / count;
                    for (long ih = h0; ih < h1; ih++)
                        for (long iw = w0; iw < w1; iw++) image[imageAt + ih * g.Width + iw] += share;
                }
                else
                {
                    T sum = T.Zero;
                    for (long ih = h0; ih < h1; ih++)
                        for (long iw = w0; iw < w1; iw++) sum += image[imageAt + ih * g.Width + iw];
                    pooled[pooledAt + o] = sum / count;
                }
            }
        }
    }
}
