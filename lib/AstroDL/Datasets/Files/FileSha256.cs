using System.Security.Cryptography;

namespace AstroDL.Datasets;

/// <summary>The SHA-256 of a file, read as a stream: Galaxy10 DECaLS (2.54 GB) is larger than one byte array can hold.</summary>
internal static class FileSha256
{
    public static string Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
