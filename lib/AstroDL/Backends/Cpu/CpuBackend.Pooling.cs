using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
                if (twoByTwo && typeof(T) == typeof(float) && Avx2.IsSupported)
                    MaxPool2x2PlaneAvx2((float[])(object)image, x.Offset + p * planeSize, (float[])(object)pooled, y.Offset + p * outSize, at,
                        indices.Offset + p * outSize, g);
                else if (twoByTwo) MaxPool2x2Plane(image, x.Offset + p * planeSize, pooled, y.Offset + p * outSize, at, indices.Offset + p * outSize, g);
                else MaxPoolPlane(image, x.Offset + p * planeSize, pooled, y.Offset + p * outSize, at, indices.Offset + p * outSize, g);
            }
        });
    }

    /// <summary>
    /// The CNN's usual pooling, 2x2 windows at stride 2 that all lie inside the image: the same choice as
    /// <see cref="MaxPoolPlane"/> (first maximum in window order, a NaN wins), without its bounds checks and loops.
    /// </summary>
    private static void MaxPool2x2Plane<T>(T[] image, long imageAt, T[] pooled, long pooledAt, long[] at, long atAt, ConvGeometry g)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (long oh = 0; oh < g.OutHeight; oh++) MaxPool2x2Row(image, imageAt, pooled, pooledAt, at, atAt, g, oh, 0);
    }

    /// <summary>Windows [fromColumn, OutWidth) of output row oh, one at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MaxPool2x2Row<T>(T[] image, long imageAt, T[] pooled, long pooledAt, long[] at, long atAt, ConvGeometry g, long oh,
        long fromColumn)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        long top = 2 * oh * g.Width, bottom = top + g.Width;
        for (long ow = fromColumn, o = oh * g.OutWidth + fromColumn; ow < g.OutWidth; ow++, o++)
        {
            long bestAt = top + 2 * ow;
            T best = image[imageAt + bestAt];
            Consider(image, imageAt, top + 2 * ow + 1, ref best, ref bestAt);
            Consider(image, imageAt, bottom + 2 * ow, ref best, ref bestAt);
            Consider(image, imageAt, bottom + 2 * ow + 1, ref best, ref bestAt);
            pooled[pooledAt + o] = best;
            at[atAt + o] = bestAt;
        }
    }

    /// <summary>
    /// <see cref="MaxPool2x2Plane"/> for float32, eight windows at a time: the even and odd columns of both rows are
    /// separated by shuffles, and the same choices are made with compare masks; the rest of a row goes one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void MaxPool2x2PlaneAvx2(float[] image, long imageAt, float[] pooled, long pooledAt, long[] at, long atAt, ConvGeometry g)
    {
        int width = (int)g.Width, outWidth = (int)g.OutWidth, vectorWidth = outWidth & ~7, rest = outWidth - vectorWidth;
        // A last partial block is computed whole and stored masked, where its loads stay inside the array.
        var lanes = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
        var keep = Vector256.LessThan(lanes, Vector256.Create(rest));
        // Top-left corners 2·ow of a block's eight windows, relative to the block.
        var corners = Vector256.Create(0, 2, 4, 6, 8, 10, 12, 14);
        var right = Vector256.Create(1);
        var below = Vector256.Create(width);
        fixed (float* src = &image[imageAt], dst = &pooled[pooledAt])
        fixed (long* positions = &at[atAt])
        {
            for (int oh = 0; oh < g.OutHeight; oh++)
            {
                int top = 2 * oh * width;
                float* row0 = src + top, row1 = row0 + width, outRow = dst + oh * outWidth;
                long* atRow = positions + oh * outWidth;
                for (int ow = 0; ow < outWidth; ow += 8)
                {
                    bool whole = ow < vectorWidth;
                    if (!whole && imageAt + top + width + 2 * ow + 16 > image.Length)
                    {
                        MaxPool2x2Row(image, imageAt, pooled, pooledAt, at, atAt, g, oh, ow);
                        break;
                    }
                    var (a, b) = EvenOdd(row0 + 2 * ow);
                    var (c, d) = EvenOdd(row1 + 2 * ow);
                    var corner = Vector256.Create(top + 2 * ow) + corners;
                    var (best, where) = (a, corner);
                    Take(ref best, ref where, b, corner + right);
                    Take(ref best, ref where, c, corner + below);
                    Take(ref best, ref where, d, corner + below + right);
                    Vector256<long> lo = Avx2.ConvertToVector256Int64(where.GetLower()), hi = Avx2.ConvertToVector256Int64(where.GetUpper());
                    if (whole)
                    {
                        Avx.Store(outRow + ow, best);
                        Avx.Store(atRow + ow, lo);
                        Avx.Store(atRow + ow + 4, hi);
                        continue;
                    }
                    Avx.MaskStore(outRow + ow, keep.AsSingle(), best);
                    Avx2.MaskStore(atRow + ow, Avx2.ConvertToVector256Int64(keep.GetLower()), lo);
                    Avx2.MaskStore(atRow + ow + 4, Avx2.ConvertToVector256Int64(keep.GetUpper()), hi);
                }
            }
        }
    }

    /// <summary>Loads 16 floats and returns their even and odd elements, each in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe (Vector256<float> Even, Vector256<float> Odd) EvenOdd(float* at)
    {
        Vector256<float> lo = Avx.LoadVector256(at), hi = Avx.LoadVector256(at + 8);
        // Within each 128-bit lane the shuffles pick [lo0 lo2 hi0 hi2], then the 64-bit quarters are put in order.
        var even = Avx.Shuffle(lo, hi, 0b10_00_10_00);
        var odd = Avx.Shuffle(lo, hi, 0b11_01_11_01);
        return (Avx2.Permute4x64(even.AsDouble(), 0b11_01_10_00).AsSingle(), Avx2.Permute4x64(odd.AsDouble(), 0b11_01_10_00).AsSingle());
    }

    /// <summary>Where candidate is larger than best, or NaN, it becomes best and its position the chosen one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Take(ref Vector256<float> best, ref Vector256<int> where, Vector256<float> candidate, Vector256<int> position)
    {
        var take = Avx.Or(Avx.CompareGreaterThan(candidate, best), Avx.CompareUnordered(candidate, candidate));
        best = Avx.BlendVariable(best, candidate, take);
        where = Avx.BlendVariable(where.AsSingle(), position.AsSingle(), take).AsInt32();
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
                // A window that dilation puts wholly on padding has no element: -inf and index -1 (its gradient goes nowhere).
                pooled[pooledAt + o] = bestAt < 0 ? T.NegativeInfinity : image[imageAt + bestAt];
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
                for (long o = 0; o < outSize; o++)
                {
                    long position = at[index + o];
                    if (position >= 0) gx[target + position] += gy[source + o];
                }
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
