using System.Buffers.Binary;
using System.IO.Compression;

namespace AstroDL.Datasets;

/// <summary>
/// Reads IDX files, the format of MNIST and Fashion-MNIST: a big-endian int32 magic (two zero bytes, a type code,
/// the number of dimensions), one big-endian int32 per dimension, then the elements. Files may be gzip-compressed
/// (recognised by their first two bytes, whatever their name). Any inconsistency is an error naming the file.
/// </summary>
public static class Idx
{
    /// <summary>Magic of an image file: unsigned bytes (0x08), 3 dimensions (count, rows, columns).</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>Magic of a label file: unsigned bytes (0x08), 1 dimension (count).</summary>
    public const int LabelsMagic = 0x00000801;

    private const string DefaultRemedy = "download it again";

    /// <summary>Reads an image file (magic 2051), plain or gzip.</summary>
    public static IdxImages ReadImages(string path) => ParseImages(path, Content(path, File.ReadAllBytes(path), DefaultRemedy), DefaultRemedy);

    /// <summary>Reads a label file (magic 2049), plain or gzip: one byte per item.</summary>
    public static byte[] ReadLabels(string path) => ParseLabels(path, Content(path, File.ReadAllBytes(path), DefaultRemedy), DefaultRemedy);

    /// <summary>True when <paramref name="bytes"/> start with the gzip magic 1F 8B.</summary>
    internal static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>The IDX bytes of a file's <paramref name="bytes"/>: decompressed when they are gzip, else as they are.</summary>
    internal static byte[] Content(string path, byte[] bytes, string remedy)
    {
        if (!IsGzip(bytes)) return bytes;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var content = new MemoryStream(DecompressedSizeHint(bytes));
            gzip.CopyTo(content);
            return content.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(path, $"it starts like a gzip file but does not decompress ({e.Message}); it is probably cut short", remedy);
        }
    }

    /// <summary>The size a gzip file states for its content (its last 4 bytes), to allocate once; 0 when implausible.</summary>
    private static int DecompressedSizeHint(byte[] gzip)
    {
        if (gzip.Length < 18) return 0;
        uint stated = BinaryPrimitives.ReadUInt32LittleEndian(gzip.AsSpan(gzip.Length - 4));
        return stated <= Array.MaxLength ? (int)stated : 0;
    }

    internal static IdxImages ParseImages(string path, byte[] content, string remedy)
    {
        var dims = Header(path, content, ImagesMagic, "image", remedy);
        int count = dims[0], rows = dims[1], columns = dims[2];
        CheckLength(path, content, 16, (long)count * rows * columns, $"{count} images of {rows}×{columns}", remedy);
        return new IdxImages(content.AsSpan(16).ToArray(), count, rows, columns);
    }

    internal static byte[] ParseLabels(string path, byte[] content, string remedy)
    {
        int count = Header(path, content, LabelsMagic, "label", remedy)[0];
        CheckLength(path, content, 8, count, $"{count} labels", remedy);
        return content.AsSpan(8).ToArray();
    }

    /// <summary>Checks the magic and returns the dimension sizes.</summary>
    private static int[] Header(string path, byte[] content, int magic, string kind, string remedy)
    {
        int rank = magic & 0xFF;
        int headerBytes = 4 + 4 * rank;
        if (content.Length >= 4 && BinaryPrimitives.ReadInt32BigEndian(content) is var found && found != magic)
            throw Corrupt(path, $"it starts with {Describe(content, found)}, not the magic {magic} (0x{magic:X8}) of an IDX {kind} file", remedy);
        if (content.Length < headerBytes)
            throw Corrupt(path, $"it holds {content.Length} bytes, fewer than the {headerBytes}-byte header of an IDX {kind} file; it is truncated", remedy);
        var dims = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            dims[i] = BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(4 + 4 * i));
            if (dims[i] < 0 || (i > 0 && dims[i] == 0))
                throw Corrupt(path, $"its header gives dimension {i} the size {dims[i]}", remedy);
        }
        return dims;
    }

    private static string Describe(byte[] content, int found) => found switch
    {
        LabelsMagic => $"{LabelsMagic} (0x{LabelsMagic:X8}, the magic of a label file: images and labels are swapped?)",
        ImagesMagic => $"{ImagesMagic} (0x{ImagesMagic:X8}, the magic of an image file: images and labels are swapped?)",
        _ when content[0] == (byte)'<' => "'<' (an HTML page, not data: a download that went wrong?)",
        _ => $"{found} (0x{found:X8})",
    };

    private static void CheckLength(string path, byte[] content, int headerBytes, long elements, string what, string remedy)
    {
        long expected = headerBytes + elements;
        if (content.Length < expected)
            throw Corrupt(path, $"its header announces {what} ({expected:N0} bytes) but it holds {content.Length:N0} bytes; it is truncated", remedy);
        if (content.Length > expected)
            throw Corrupt(path, $"its header announces {what} ({expected:N0} bytes) but it holds {content.Length:N0} bytes, more than that", remedy);
    }

    internal static InvalidDataException Corrupt(string path, string problem, string remedy) =>
        new($"{path}: {problem}. The file is damaged or not the file it should be: delete it and {remedy}.");
}
