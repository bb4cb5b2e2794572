using System.Security.Cryptography;

namespace AstroDL.Datasets;

/// <summary>
/// A published data file and the checksums that identify it. The same content can arrive gzip-compressed in
/// different ways (Debian re-compresses Fashion-MNIST without the file name), so a file is accepted when its own
/// SHA-256 is one of <see cref="FileSha256"/> or the SHA-256 of its decompressed content is <see cref="ContentSha256"/>.
/// </summary>
/// <param name="Name">The file name without ".gz", e.g. train-images-idx3-ubyte.</param>
/// <param name="Count">How many images or labels it holds.</param>
/// <param name="FileSha256">SHA-256 of the .gz files as published, the download mirrors' first.</param>
/// <param name="ContentSha256">SHA-256 of the decompressed IDX bytes, where known.</param>
internal sealed record KnownFile(string Name, int Count, string[] FileSha256, string? ContentSha256)
{
    /// <summary>How a file on disk compares with this one.</summary>
    public FileCheck Check(string path, byte[] bytes, Func<byte[]> content)
    {
        var fileHash = Sha256(bytes);
        if (FileSha256.Contains(fileHash))
            return new FileCheck(path, true, "SHA-256 matches the published file");
        if (ContentSha256 is { } expected)
        {
            var contentHash = Sha256(content());
            return contentHash == expected
                ? new FileCheck(path, true, "SHA-256 of the decompressed content matches")
                : new FileCheck(path, false, $"SHA-256 of its content is {contentHash}, not the published {expected}");
        }
        return Idx.IsGzip(bytes)
            ? new FileCheck(path, false, $"SHA-256 is {fileHash}, not the published {FileSha256[0]}")
            : new FileCheck(path, true, "no checksum is published for the uncompressed file; header and size checked");
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
