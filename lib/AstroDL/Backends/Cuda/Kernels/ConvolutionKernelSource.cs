namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// The sliding-window kernels of convolution and pooling, on contiguous [N, C, H, W] images (see <see cref="ConvGeometry"/>).
/// The adjoint ops (col2im, average pooling's gradient) gather: one thread per image element sums what every window
/// that covers it contributes, in the order the CPU adds them, onto the element's current value; so they need no
/// atomics, give the same result on every run, and match the CPU's bits.
/// </summary>
internal static class ConvolutionKernelSource
{
    private const string Templates = """
        // The fields of the C# ConvGeometry, in its order.
        struct ConvGeometry {
            long long Channels, Height, Width;
            long long KernelHeight, KernelWidth;
            long long StrideHeight, StrideWidth;
            long long PadTop, PadLeft;
            long long DilationHeight, DilationWidth;
            long long OutHeight, OutWidth;
        };

        // columns [images, C·kH·kW, OH·OW]: one thread per entry, so neighbouring threads write neighbouring columns.
        template <typename T>
        __device__ void im2col(const T* x, T* columns, long long images, ConvGeometry g) {
            long long length = g.OutHeight * g.OutWidth, taps = g.KernelHeight * g.KernelWidth, rows = g.Channels * taps;
            FOR_EACH(i, images * rows * length) {
                long long column = i % length, row = i / length % rows, n = i / (length * rows);
                long long c = row / taps, kh = row % taps / g.KernelWidth, kw = row % g.KernelWidth;
                long long ih = column / g.OutWidth * g.StrideHeight - g.PadTop + kh * g.DilationHeight;
                long long iw = column % g.OutWidth * g.StrideWidth - g.PadLeft + kw * g.DilationWidth;
                bool inside = ih >= 0 && ih < g.Height && iw >= 0 && iw < g.Width;
                columns[i] = inside ? x[((n * g.Channels + c) * g.Height + ih) * g.Width + iw] : (T)0;
            }
        }

        // x += the columns' entries that read each element. Tap (kh, kw) reads row ih from output row oh when
        // oh·stride = ih + pad − kh·dilation: at most one oh per tap, and the taps in the CPU's (row) order.
        template <typename T>
        __device__ void col2im(const T* columns, T* x, long long images, ConvGeometry g) {
            long long length = g.OutHeight * g.OutWidth, taps = g.KernelHeight * g.KernelWidth, plane = g.Height * g.Width;
            FOR_EACH(i, images * g.Channels * plane) {
                long long iw = i % g.Width, ih = i / g.Width % g.Height;
                // The image's channel plane i / plane owns column rows (c, ·, ·) of image n; those are consecutive.
                const T* rows = columns + i / plane * taps * length;
                T acc = x[i];
                for (long long kh = 0; kh < g.KernelHeight; ++kh) {
                    long long h = ih + g.PadTop - kh * g.DilationHeight;
                    if (h < 0) break;
                    if (h % g.StrideHeight != 0 || h / g.StrideHeight >= g.OutHeight) continue;
                    for (long long kw = 0; kw < g.KernelWidth; ++kw) {
                        long long w = iw + g.PadLeft - kw * g.DilationWidth;
                        if (w < 0) break;
                        if (w % g.StrideWidth != 0 || w / g.StrideWidth >= g.OutWidth) continue;
                        acc += rows[(kh * g.KernelWidth + kw) * length + h / g.StrideHeight * g.OutWidth + w / g.StrideWidth];
                    }
                }
                x[i] = acc;
            }
        }

        // One thread per output. The window's first position inside the image starts it; a later one takes over when larger
        // or NaN, as on the CPU (a NaN wins, ties keep the first). A window wholly on padding gives -inf at index -1.
        template <typename T>
        __device__ void max_pool(const T* x, T* y, long long* indices, long long planes, ConvGeometry g) {
            long long length = g.OutHeight * g.OutWidth;
            FOR_EACH(i, planes * length) {
                const T* plane = x + i / length * g.Height * g.Width;
                long long h0 = i / g.OutWidth % g.OutHeight * g.StrideHeight - g.PadTop, w0 = i % g.OutWidth * g.StrideWidth - g.PadLeft;
                long long best = -1;
                T bestValue = -(T)__int_as_float(0x7f800000);
                for (long long kh = 0; kh < g.KernelHeight; ++kh) {
                    long long ih = h0 + kh * g.DilationHeight;
                    if (ih < 0 || ih >= g.Height) continue;
                    for (long long kw = 0; kw < g.KernelWidth; ++kw) {
                        long long iw = w0 + kw * g.DilationWidth;
                        if (iw < 0 || iw >= g.Width) continue;
                        T v = plane[ih * g.Width + iw];
                        if (best < 0 || v > bestValue || is_nan(v)) {
                            best = ih * g.Width + iw;
                            bestValue = v;
                        }
                    }
                }
                y[i] = bestValue;
                indices[i] = best;
            }
        }

        // One thread per output gradient, added at its maximum's position. Overlapping windows (stride < kernel) can send
        // several to one element, hence the atomic add; without overlap each element gets at most one, so the sum is exact.
        template <typename T>
        __device__ void max_pool_backward(const T* gradY, const long long* indices, T* gradX, long long planes, long long outSize,
                                          long long planeSize) {
            FOR_EACH(i, planes * outSize) {
                long long at = indices[i];
                if (at >= 0) atomicAdd(gradX + i / outSize * planeSize + at, gradY[i]);
            }
        }

        // Window (oh, ow) of average pooling: its rows [h0, h1) and columns [w0, w1) inside the image, and its divisor (the
        // override when positive; else its size clipped to the padded image, or to the image without countIncludePad).
        struct AvgWindow { long long h0, h1, w0, w1, divisor; };

        __device__ AvgWindow avg_window(const ConvGeometry& g, long long oh, long long ow, int countIncludePad, long long divisorOverride) {
            long long h0 = oh * g.StrideHeight - g.PadTop, h1 = min(h0 + g.KernelHeight, g.Height + g.PadTop);
            long long w0 = ow * g.StrideWidth - g.PadLeft, w1 = min(w0 + g.KernelWidth, g.Width + g.PadLeft);
            AvgWindow a;
            a.h0 = max(h0, 0LL);
            a.h1 = min(h1, g.Height);
            a.w0 = max(w0, 0LL);
            a.w1 = min(w1, g.Width);
            a.divisor = divisorOverride > 0 ? divisorOverride : countIncludePad ? (h1 - h0) * (w1 - w0) : (a.h1 - a.h0) * (a.w1 - a.w0);
            return a;
        }

        template <typename T>
        __device__ void avg_pool(const T* x, T* y, long long planes, ConvGeometry g, int countIncludePad, long long divisorOverride) {
            long long length = g.OutHeight * g.OutWidth;
            FOR_EACH(i, planes * length) {
                const T* plane = x + i / length * g.Height * g.Width;
                AvgWindow a = avg_window(g, i / g.OutWidth % g.OutHeight, i % g.OutWidth, countIncludePad, divisorOverride);
                T sum = (T)0;
                for (long long ih = a.h0; ih < a.h1; ++ih)
                    for (long long iw = a.w0; iw < a.w1; ++iw) sum += plane[ih * g.Width + iw];
                y[i] = sum / (T)a.divisor;
            }
        }

        // The first output row (or column) whose window, [o·stride − pad, o·stride − pad + kernel), reaches index at.
        __device__ __forceinline__ long long first_window(long long at, long long pad, long long kernel, long long stride) {
            long long reach = at + pad - kernel + 1;
            return reach <= 0 ? 0 : (reach + stride - 1) / stride;
        }

        // gradX += each output gradient's share over its window, gathered per element from the windows that cover it (rows
        // oh from first_window to (ih + pad) / stride), in the CPU's order.
        template <typename T>
        __device__ void avg_pool_backward(const T* gradY, T* gradX, long long planes, ConvGeometry g, int countIncludePad,
                                          long long divisorOverride) {
            long long length = g.OutHeight * g.OutWidth, plane = g.Height * g.Width;
            FOR_EACH(i, planes * plane) {
                long long iw = i % g.Width, ih = i / g.Width % g.Height;
                const T* gy = gradY + i / plane * length;
                long long ohLast = min((ih + g.PadTop) / g.StrideHeight, g.OutHeight - 1);
                long long owLast = min((iw + g.PadLeft) / g.StrideWidth, g.OutWidth - 1);
                long long owFirst = first_window(iw, g.PadLeft, g.KernelWidth, g.StrideWidth);
                T acc = gradX[i];
                for (long long oh = first_window(ih, g.PadTop, g.KernelHeight, g.StrideHeight); oh <= ohLast; ++oh)
                    for (long long ow = owFirst; ow <= owLast; ++ow)
                        acc += gy[oh * g.OutWidth + ow] / (T)avg_window(g, oh, ow, countIncludePad, divisorOverride).divisor;
                gradX[i] = acc;
            }
        }
        """;

    public static readonly KernelFamily Family = new("convolution", Templates,
        KernelEntryPoint.ForEach("im2col", "const T* x, T* columns, long long images, ConvGeometry g", KernelTypes.Floating),
        KernelEntryPoint.ForEach("col2im", "const T* columns, T* x, long long images, ConvGeometry g", KernelTypes.Floating),
        KernelEntryPoint.ForEach("max_pool", "const T* x, T* y, long long* indices, long long planes, ConvGeometry g", KernelTypes.Floating),
        KernelEntryPoint.ForEach("max_pool_backward",
            "const T* gradY, const long long* indices, T* gradX, long long planes, long long outSize, long long planeSize", KernelTypes.Floating),
        KernelEntryPoint.ForEach("avg_pool",
            "const T* x, T* y, long long planes, ConvGeometry g, int countIncludePad, long long divisorOverride", KernelTypes.Floating),
        KernelEntryPoint.ForEach("avg_pool_backward",
            "const T* gradY, T* gradX, long long planes, ConvGeometry g, int countIncludePad, long long divisorOverride", KernelTypes.Floating));
}
