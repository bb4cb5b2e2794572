using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

public class IdxTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ImagesRoundTripPlainAndGzip(bool gzip)
    {
        var raw = IdxBytes.Images(3, rows: 4, columns: 5);
        // The name says nothing: gzip is recognised by its first bytes.
        var images = Idx.ReadImages(Write("images", gzip ? IdxBytes.Gzip(raw) : raw));
        Assert.Equal((3, 4, 5), (images.Count, images.Rows, images.Columns));
        Assert.Equal(raw[16..], images.Pixels);
        var t = images.ToTensor();
        Assert.Equal([3L, 1, 4, 5], t.shape);
        Assert.Equal(ScalarType.Float32, t.dtype);
        Assert.Equal(raw[16..].Select(b => b / 255f), t.data<float>().ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LabelsRoundTripPlainAndGzip(bool gzip)
    {
        var raw = IdxBytes.Labels(7, 0, 9, 3);
        Assert.Equal([7, 0, 9, 3], Idx.ReadLabels(Write("labels.gz", gzip ? IdxBytes.Gzip(raw) : raw)));
    }

    [Fact]
    public void LabelFileReadAsImagesNamesTheFileAndTheSwap()
    {
        var path = Write("train-labels-idx1-ubyte", IdxBytes.Labels(1, 2, 3));
        var e = Assert.Throws<InvalidDataException>(() => Idx.ReadImages(path));
        Assert.StartsWith(path + ":", e.Message);
        Assert.Contains("2049", e.Message);
        Assert.Contains("swapped", e.Message);
        Assert.Contains("delete it", e.Message);
    }

    [Fact]
    public void WrongMagicIsAnError()
    {
        var bytes = IdxBytes.Images(1);
        bytes[2] = 0x0D; // float elements
        var path = Write("images", bytes);
        var e = Assert.Throws<InvalidDataException>(() => Idx.ReadImages(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("not the magic 2051", e.Message);
    }

    [Fact]
    public void HtmlPageSaysItIsNotData()
    {
        var path = Write("t10k-images-idx3-ubyte", "<html><body>Access denied</body></html>"u8.ToArray());
        var e = Assert.Throws<InvalidDataException>(() => Idx.ReadImages(path));
        Assert.Contains("HTML page", e.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TruncatedImagesAreAnError(bool gzip)
    {
        var raw = IdxBytes.Images(2)[..1000];
        var path = Write("images.gz", gzip ? IdxBytes.Gzip(raw) : raw);
        var e = Assert.Throws<InvalidDataException>(() => Idx.ReadImages(path));
        Assert.StartsWith(path + ":", e.Message);
        Assert.Contains("2 images of 28×28", e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void CutShortGzipIsAnError()
    {
        var packed = IdxBytes.Gzip(IdxBytes.Images(50));
        var path = Write("images.gz", packed[..(packed.Length / 2)]);
        var e = Assert.Throws<InvalidDataException>(() => Idx.ReadImages(path));
        Assert.StartsWith(path + ":", e.Message);
    }

    [Fact]
    public void TruncatedHeaderIsAnError()
    {
        var path = Write("labels", IdxBytes.Labels(1)[..6]);
        var e = Assert.Throws<InvalidDataException>(() => Idx.ReadLabels(path));
        Assert.Contains("fewer than the 8-byte header", e.Message);
    }

    [Fact]
    public void BytesAfterTheLastItemAreAnError()
    {
        var path = Write("labels", [.. IdxBytes.Labels(1, 2), 0]);
        var e = Assert.Throws<InvalidDataException>(() => Idx.ReadLabels(path));
        Assert.Contains("more than that", e.Message);
    }
}
