using static AstroDL.torch;

namespace AstroDL.Plotting;

/// <summary>
/// An 8-bit grayscale or RGB picture ready for PNG encoding. Tensors come in PyTorch's layout, [H, W] or
/// [C, H, W] with C = 1 or 3; values already in [0, 1] are scaled by 255, any other range is stretched from its
/// minimum (black) to its maximum (white).
/// </summary>
public sealed class RasterImage
{
    private byte[]? png;

    public RasterImage(byte[] pixels, int width, int height, PngColor color)
    {
        var channels = color == PngColor.Rgb ? 3 : 1;
        if (pixels.Length != width * height * channels)
            throw new ArgumentException($"RasterImage: {pixels.Length} bytes for a {width}x{height} {color} image, which needs {width * height * channels}.");
        Pixels = pixels;
        Width = width;
        Height = height;
        Color = color;
    }

    public byte[] Pixels { get; }

    public int Width { get; }

    public int Height { get; }

    public PngColor Color { get; }

    public byte[] ToPng() => png ??= PngEncoder.Encode(Pixels, Width, Height, Color);

    /// <summary>A [H, W] or [C, H, W] tensor (C = 1 or 3).</summary>
    public static RasterImage FromTensor(Tensor image) => FromTensor(image, null);

    /// <summary>A matrix as grayscale, or coloured by <paramref name="colormap"/>.</summary>
    public static RasterImage FromMatrix(double[,] values, Colormap? colormap = null)
    {
        int height = values.GetLength(0), width = values.GetLength(1);
        var flat = values.Cast<double>().ToArray();
        var scaled = Scale(flat, Range(flat));
        if (colormap is null) return new RasterImage(scaled, width, height, PngColor.Gray);
        var rgb = new byte[flat.Length * 3];
        for (int i = 0; i < flat.Length; i++) (rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]) = colormap.Rgb(scaled[i] / 255.0);
        return new RasterImage(rgb, width, height, PngColor.Rgb);
    }

    /// <summary>Like <see cref="FromTensor(Tensor)"/>, scaled with a range shared by a batch when given.</summary>
    internal static RasterImage FromTensor(Tensor image, (double Min, double Max)? range)
    {
        var shape = image.shape;
        var (channels, height, width) = shape.Length switch
        {
            2 => (1L, shape[0], shape[1]),
            3 when shape[0] is 1 or 3 => (shape[0], shape[1], shape[2]),
            _ => throw new ArgumentException(
                $"image: expected [H, W] or [C, H, W] with C = 1 or 3, got shape {image.ShapeText}; for a batch use Plot.Images."),
        };
        var values = TensorData.Doubles(image);
        var bytes = Scale(values, range ?? Range(values));
        if (channels == 1) return new RasterImage(bytes, (int)width, (int)height, PngColor.Gray);
        // [3, H, W] planes to interleaved RGB.
        var plane = (int)(height * width);
        var rgb = new byte[3 * plane];
        for (int p = 0; p < plane; p++)
        {
            for (int c = 0; c < 3; c++) rgb[3 * p + c] = bytes[c * plane + p];
        }
        return new RasterImage(rgb, (int)width, (int)height, PngColor.Rgb);
    }

    /// <summary>[0, 1] when the values lie inside it, else their own minimum and maximum.</summary>
    internal static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0) return (0, 1);
        double min = finite.Min(), max = finite.Max();
        return min >= 0 && max <= 1 ? (0, 1) : (min, max);
    }

    private static byte[] Scale(double[] values, (double Min, double Max) range)
    {
        var span = range.Max > range.Min ? range.Max - range.Min : 1;
        return Array.ConvertAll(values, v => double.IsFinite(v) ? (byte)Math.Round(Math.Clamp((v - range.Min) / span, 0, 1) * 255) : (byte)0);
    }
}
