using System.Buffers.Binary;

namespace AstroDL.Datasets;

/// <summary>
/// Checks an HDF5 file's superblock before a reader trusts it: the signature (at byte 0, 512, 1024, 2048, ...) and its
/// end-of-file address, which HDF5 records so that a truncated file can be told from a whole one. A reader that reads
/// only a block of a big file would otherwise miss a cut-off end until some later read.
/// </summary>
internal static class Hdf5Header
{
    private static readonly byte[] Signature = [0x89, (byte)'H', (byte)'D', (byte)'F', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Throws InvalidDataException, naming <paramref name="path"/> and <paramref name="remedy"/>, unless the file is a whole HDF5 file.</summary>
    public static void CheckComplete(string path, string remedy)
    {
        using var stream = File.OpenRead(path);
        var header = new byte[64];
        for (long at = 0; at + Signature.Length <= stream.Length; at = at == 0 ? 512 : at * 2)
        {
            stream.Position = at;
            int read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (!header.AsSpan(0, Signature.Length).SequenceEqual(Signature)) continue;
            if (EndOfFile(header.AsSpan(0, read)) is not { } end)
                throw new InvalidDataException($"{path}: its HDF5 superblock at byte {at:N0} is cut off or of an unknown version; the file is damaged: {remedy}.");
            if (end > stream.Length)
                throw new InvalidDataException(
                    $"{path} is truncated: it has {stream.Length:N0} bytes but its HDF5 header says {end:N0} (an interrupted download or copy): {remedy}.");
            return;
        }
        throw new InvalidDataException($"{path} is not an HDF5 file (no HDF5 signature; perhaps an error page saved in its place): {remedy}.");
    }

    /// <summary>The absolute end-of-file offset (base address + end-of-file address) from a superblock, or null when it cannot be read.</summary>
    private static long? EndOfFile(ReadOnlySpan<byte> superblock)
    {
        if (superblock.Length < 14) return null;
        int version = superblock[8];
        // Versions 0 and 1 keep the sizes at byte 13 and the addresses after 16 (version 1: 20) bytes of node sizes and flags;
        // versions 2 and 3 keep the size at byte 9 and the addresses from byte 12.
        var (offsetSize, addresses) = version switch
        {
            0 => (superblock[13], 24),
            1 => (superblock[13], 28),
            2 or 3 => (superblock[9], 12),
            _ => ((byte)0, 0),
        };
        if (offsetSize is not (2 or 4 or 8) || superblock.Length < addresses + 3 * offsetSize) return null;
        // Addresses are relative to the base address (the first address); version 0/1 list the free-space address before the
        // end-of-file address, version 2/3 the superblock-extension address: either way the end of file is the third.
        ulong end = ReadUnsigned(superblock.Slice(addresses, offsetSize)) + ReadUnsigned(superblock.Slice(addresses + 2 * offsetSize, offsetSize));
        return end > long.MaxValue ? null : (long)end;
    }

    private static ulong ReadUnsigned(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        2 => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
        4 => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
        _ => BinaryPrimitives.ReadUInt64LittleEndian(bytes),
    };
}
