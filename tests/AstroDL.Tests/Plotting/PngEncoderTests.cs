using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using AstroDL.Plotting;

namespace AstroDL.Tests.Plotting;

public class PngEncoderTests
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The chunks of a PNG file: type, data and the stored CRC.</summary>
    private static List<(string Type, byte[] Data, uint Crc)> Chunks(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        var chunks = new List<(string, byte[], uint)>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png[(at + 8)..(at + 8 + length)];
            chunks.Add((type, data, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length))));
            at += 12 + length;
        }
        return chunks;
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    // Reference values below come from an independent implementation (Python's zlib.crc32 and zlib.adler32).
    [Theory]
    [InlineData(PngColor.Gray, 2, 2, new byte[] { 0, 255, 128, 64 }, 0x57dd52f8u, new byte[] { 0, 0, 255, 0, 128, 64 }, 0x054201c0u)]
    [InlineData(PngColor.Rgb, 2, 1, new byte[] { 255, 0, 0, 0, 0, 255 }, 0x7b40e8ddu, new byte[] { 0, 255, 0, 0, 0, 0, 255 }, 0x070001ffu)]
    public void KnownImagesHaveTheReferenceChecksumsAndDecodeBackToTheirScanlines(
        PngColor color, int width, int height, byte[] pixels, uint headerCrc, byte[] scanlines, uint adler)
    {
        var chunks = Chunks(PngEncoder.Encode(pixels, width, height, color));

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        var header = chunks[0];
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(header.Data));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(header.Data.AsSpan(4)));
        Assert.Equal([8, (byte)color, 0, 0, 0], header.Data[8..]);
        Assert.Equal(headerCrc, header.Crc);
        Assert.Equal(0xae426082u, chunks[2].Crc);
        var idat = chunks[1].Data;
        Assert.Equal(adler, BinaryPrimitives.ReadUInt32BigEndian(idat.AsSpan(idat.Length - 4)));
        Assert.Equal(scanlines, Inflate(idat));
    }

    [Fact]
    public void EveryChunkCrcCoversItsTypeAndData()
    {
        var pixels = Enumerable.Range(0, 30 * 20 * 3).Select(i => (byte)(i * 7)).ToArray();

        foreach (var (type, data, crc) in Chunks(PngEncoder.Encode(pixels, 30, 20, PngColor.Rgb)))
            Assert.Equal(Crc32.Compute([.. Encoding.ASCII.GetBytes(type), .. data]), crc);
    }

    [Fact]
    public void WrongPixelCountsNameTheSizeNeeded() =>
        Assert.Contains("needs 12", Assert.Throws<ArgumentException>(() => PngEncoder.Encode(new byte[4], 2, 2, PngColor.Rgb)).Message);

    [Fact]
    public void Crc32OfTheCheckStringIsTheStandardValue() => Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
}
