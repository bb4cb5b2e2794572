namespace AstroDL.Plotting;

/// <summary>The CRC-32 (ISO 3309, polynomial 0xEDB88320) that PNG puts after every chunk.</summary>
internal static class Crc32
{
    private static readonly uint[] table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in data) crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFF;
    }

    private static uint[] BuildTable()
    {
        var result = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            result[n] = c;
        }
        return result;
    }
}
