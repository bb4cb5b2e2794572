using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AstroDL.Plotting;

/// <summary>The pixel layouts the encoder writes: 8 bits per channel.</summary>
public enum PngColor
{
    /// <summary>One byte per pixel (PNG colour type 0).</summary>
    Gray = 0,

    /// <summary>Three bytes per pixel, red, green, blue (PNG colour type 2).</summary>
    Rgb = 2,
}

/// <summary>
/// A minimal PNG writer (enough for plots and image grids): the signature, IHDR, one zlib-compressed IDAT with
/// every scanline unfiltered, and IEND, each chunk with its CRC-32.
/// </summary>
public static class PngEncoder
{
    private static readonly byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes row-major pixels (<paramref name="width"/> times <paramref name="height"/> times channels bytes).</summary>
    public static byte[] Encode(byte[] pixels, int width, int height, PngColor color)
    {
        var channels = color == PngColor.Rgb ? 3 : 1;
        if (width <= 0 || height <= 0) throw new ArgumentException($"PNG: the image size {width}x{height} must be positive.");
        if (pixels.Length != width * height * channels)
            throw new ArgumentException($"PNG: {pixels.Length} bytes given for a {width}x{height} {color} image, which needs {width * height * channels}.");

        using var png = new MemoryStream();
        png.Write(signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = (byte)color; // compression, filter and interlace methods stay 0
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Compress(Scanlines(pixels, width * channels, height)));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Each row preceded by its filter type byte, 0 (none).</summary>
    internal static byte[] Scanlines(byte[] pixels, int rowBytes, int height)
    {
        var raw = new byte[(rowBytes + 1) * height];
        for (int y = 0; y < height; y++) Array.Copy(pixels, y * rowBytes, raw, y * (rowBytes + 1) + 1, rowBytes);
        return raw;
    }

    private static byte[] Compress(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typeAndData));
        png.Write(number);
    }
}
