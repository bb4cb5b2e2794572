using AstroDL.Datasets;

namespace AstroDL.Tests.Datasets;

public class KnownFileTests
{
    private static readonly byte[] Content = IdxBytes.Labels(3, 1, 4, 1, 5);
    private static readonly byte[] Published = IdxBytes.Gzip(Content);

    private static FileCheck Check(KnownFile file, byte[] bytes) => file.Check("labels.gz", bytes, () => Idx.Content("labels.gz", bytes, "retry"));

    [Fact]
    public void PublishedBytesPass()
    {
        var file = new KnownFile("labels", 5, [KnownFile.Sha256(Published)], KnownFile.Sha256(Content));
        Assert.Equal(new FileCheck("labels.gz", true, "SHA-256 matches the published file"), Check(file, Published));
    }

    [Fact]
    public void RecompressedOrPlainCopiesPassByTheirContent()
    {
        var file = new KnownFile("labels", 5, [KnownFile.Sha256(Published)], KnownFile.Sha256(Content));
        // Debian re-compresses without the file name: other bytes, same content.
        var recompressed = (byte[])Published.Clone();
        recompressed[4] ^= 1; // the gzip time stamp
        Assert.NotEqual(KnownFile.Sha256(Published), KnownFile.Sha256(recompressed));
        Assert.Equal("SHA-256 of the decompressed content matches", Check(file, recompressed).Message);
        Assert.True(Check(file, Content).Ok);
    }

    [Fact]
    public void OtherContentFails()
    {
        var file = new KnownFile("labels", 5, [KnownFile.Sha256(Published)], KnownFile.Sha256(Content));
        var other = IdxBytes.Gzip(IdxBytes.Labels(3, 1, 4, 1, 6));
        var check = Check(file, other);
        Assert.False(check.Ok);
        Assert.Equal($"SHA-256 of its content is {KnownFile.Sha256(IdxBytes.Labels(3, 1, 4, 1, 6))}, not the published {KnownFile.Sha256(Content)}", check.Message);
    }

    [Fact]
    public void WithoutAContentChecksumOnlyPlainFilesPassUnchecked()
    {
        var file = new KnownFile("labels", 5, [KnownFile.Sha256(Published)], null);
        Assert.False(Check(file, IdxBytes.Gzip(IdxBytes.Labels(1))).Ok);
        Assert.Equal("no checksum is published for the uncompressed file; header and size checked", Check(file, Content).Message);
    }
}
