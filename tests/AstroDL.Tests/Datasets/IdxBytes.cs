using System.Buffers.Binary;
using System.IO.Compression;

namespace AstroDL.Tests.Datasets;

/// <summary>Builds IDX files in memory, independently of the reader under test.</summary>
internal static class IdxBytes
{
    /// <summary>An image file of <paramref name="count"/> images whose pixel k of image i is (i * 31 + k) mod 256.</summary>
    public static byte[] Images(int count, int rows = 28, int columns = 28)
    {
        var bytes = new byte[16 + count * rows * columns];
        WriteHeader(bytes, 0x0803, count, rows, columns);
        for (int i = 0; i < count; i++)
            for (int k = 0; k < rows * columns; k++)
                bytes[16 + i * rows * columns + k] = (byte)((i * 31 + k) % 256);
        return bytes;
    }

    public static byte[] Labels(params byte[] labels)
    {
        var bytes = new byte[8 + labels.Length];
        WriteHeader(bytes, 0x0801, labels.Length);
        labels.CopyTo(bytes, 8);
        return bytes;
    }

    public static byte[] Gzip(byte[] raw)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal)) gzip.Write(raw);
        return packed.ToArray();
    }

    private static void WriteHeader(byte[] bytes, int magic, params int[] dims)
    {
        BinaryPrimitives.WriteInt32BigEndian(bytes, magic);
        for (int i = 0; i < dims.Length; i++) BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * i), dims[i]);
    }
}
