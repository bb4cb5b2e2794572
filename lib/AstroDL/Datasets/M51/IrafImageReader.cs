using System.Buffers.Binary;
using System.Text;
using AstroDL.Astro.Fits;

namespace AstroDL.Datasets;

/// <summary>
/// Reads IRAF's old image format, version 2 ("OIF": a .imh header and a .pix pixel file), for two-dimensional short
/// integer images such as the test image dev$pix. The header is big-endian 32-bit fields at fixed offsets, the title
/// and pixel file name as text, then FITS-style cards, one per line, from byte 2046.
/// </summary>
internal static class IrafImageReader
{
    private const string HeaderMagic = "imhv2";
    private const string PixelMagic = "impv2";
    private const int PixelTypeShort = 3;
    private const int PixelTypeOffset = 10, SwappedOffset = 14, DimensionsOffset = 18, LengthsOffset = 22, PhysicalLengthsOffset = 50;
    private const int PixelOffsetOffset = 86, PixelFileOffset = 126, HeaderFileOffset = 382, TitleOffset = 638, TitleEnd = 1022;
    private const int UserAreaOffset = 2046;

    public static IrafImage Read(string headerPath)
    {
        var header = File.ReadAllBytes(headerPath);
        if (header.Length < UserAreaOffset || Encoding.ASCII.GetString(header, 0, HeaderMagic.Length) != HeaderMagic)
            throw Bad(headerPath, 0, $"it is not an IRAF version-2 image header (.imh): it does not start with '{HeaderMagic}' or is shorter than {UserAreaOffset} bytes");
        int Field(int offset) => BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(offset));

        if (Field(PixelTypeOffset) != PixelTypeShort)
            throw Bad(headerPath, PixelTypeOffset, $"pixel type {Field(PixelTypeOffset)} is not short integer ({PixelTypeShort}), the only type this reader knows");
        if (Field(DimensionsOffset) != 2)
            throw Bad(headerPath, DimensionsOffset, $"the image has {Field(DimensionsOffset)} dimensions, not 2");
        int width = Field(LengthsOffset), height = Field(LengthsOffset + 4), rowLength = Field(PhysicalLengthsOffset);
        if (width <= 0 || height <= 0 || rowLength < width)
            throw Bad(headerPath, LengthsOffset, $"the sizes {width}×{height} (stored rows of {rowLength}) are not an image");
        // Offsets in the header count 2-byte IRAF chars from 1.
        long pixelStart = (Field(PixelOffsetOffset) - 1L) * 2;
        bool littleEndian = Field(SwappedOffset) != 0;

        var pixelPath = PixelFile(headerPath, Text(header, PixelFileOffset, HeaderFileOffset));
        var pixels = ReadPixels(pixelPath, pixelStart, width, height, rowLength, littleEndian);
        return new IrafImage(Text(header, TitleOffset, TitleEnd), width, height, pixels, Cards(headerPath, header), headerPath, pixelPath);
    }

    /// <summary>The pixel file's path: IRAF writes "HDR$name" for a file beside the header.</summary>
    private static string PixelFile(string headerPath, string name)
    {
        var local = name[(name.LastIndexOfAny(['$', '/']) + 1)..];
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(headerPath))!, local);
    }

    private static float[] ReadPixels(string path, long start, int width, int height, int rowLength, bool littleEndian)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: the pixel file that the IRAF header names is missing; reinstall the package it came from.", path);
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < PixelMagic.Length || Encoding.ASCII.GetString(bytes, 0, PixelMagic.Length) != PixelMagic)
            throw Bad(path, 0, $"it is not an IRAF version-2 pixel file: it does not start with '{PixelMagic}'");
        long needed = start + 2L * rowLength * height;
        if (bytes.Length < needed)
            throw Bad(path, bytes.Length, $"the file ends after {bytes.Length:N0} bytes, but {width}×{height} short pixels from byte {start} need {needed:N0}");
        var pixels = new float[width * height];
        for (int y = 0; y < height; y++)
        {
            var row = bytes.AsSpan((int)(start + 2L * rowLength * y));
            for (int x = 0; x < width; x++)
            {
                var cell = row.Slice(2 * x, 2);
                pixels[y * width + x] = littleEndian ? BinaryPrimitives.ReadInt16LittleEndian(cell) : BinaryPrimitives.ReadInt16BigEndian(cell);
            }
        }
        return pixels;
    }

    /// <summary>The user area: newline-separated cards up to the first zero byte.</summary>
    private static List<FitsCard> Cards(string path, byte[] header)
    {
        var cards = new List<FitsCard>();
        int at = UserAreaOffset;
        while (at < header.Length && header[at] != 0)
        {
            int end = Array.IndexOf(header, (byte)'\n', at);
            if (end < 0) end = Array.IndexOf(header, (byte)0, at) is >= 0 and var zero ? zero : header.Length;
            var line = Encoding.ASCII.GetString(header, at, end - at);
            try
            {
                cards.Add(FitsCard.Parse(line));
            }
            catch (FormatException e)
            {
                throw Bad(path, at, e.Message);
            }
            at = end + 1;
        }
        return cards;
    }

    private static string Text(byte[] header, int start, int end)
    {
        int zero = Array.IndexOf(header, (byte)0, start, end - start);
        return Encoding.ASCII.GetString(header, start, (zero < 0 ? end : zero) - start).Trim();
    }

    private static InvalidDataException Bad(string path, long offset, string problem) =>
        new($"{path}, byte {offset}: {problem}. The file is damaged or not an IRAF image; reinstall the package it came from " +
            "(for M51: sudo apt-get install --reinstall iraf).");
}
