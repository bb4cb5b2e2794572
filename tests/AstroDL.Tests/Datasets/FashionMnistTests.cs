using AstroDL.Datasets;

namespace AstroDL.Tests.Datasets;

/// <summary>A fact that runs only where Debian's dataset-fashion-mnist is installed, and says so when skipped.</summary>
public sealed class DebianFashionMnistFactAttribute : FactAttribute
{
    public const string SystemDatasets = "/usr/share/datasets";

    public DebianFashionMnistFactAttribute()
    {
        if (!File.Exists(Path.Combine(SystemDatasets, "fashion-mnist", "t10k-labels-idx1-ubyte.gz")))
            Skip = "Fashion-MNIST is not installed in /usr/share/datasets (sudo apt-get install dataset-fashion-mnist, or environment/setup-debian.sh)";
    }
}

public class FashionMnistTests
{
    [DebianFashionMnistFact]
    public void LoadsFromTheDebianPackage()
    {
        var test = ImageSetLoader.Load(FashionMnist.Spec, Split.Test, null, download: false,
            ShippedDataPlaces.Only(DebianFashionMnistFactAttribute.SystemDatasets), ShippedDataPlaces.NoDownload);
        Assert.Equal([10_000L, 1, 28, 28], test.Images.shape);
        Assert.Equal("the Debian package dataset-fashion-mnist (/usr/share/datasets/fashion-mnist)", test.Source);
        // Fashion-MNIST's test split holds 1,000 images of each class.
        Assert.All(test.Labels.data<long>().ToArray().CountBy(l => l), e => Assert.Equal(1000, e.Value));
        Assert.Equal("Ankle boot", test.Classes[9]);
    }

    [DebianFashionMnistFact]
    public void DebianFilesPassTheirChecksums()
    {
        var fashion = DataSetRegistry.Create(ShippedDataPlaces.Only(DebianFashionMnistFactAttribute.SystemDatasets), () => new Downloader())
            .Single(s => s.Name == "fashion-mnist");
        Assert.Equal(DataSetStatus.Found, fashion.Status);
        Assert.All(fashion.Verify(), c => Assert.True(c.Ok, c.ToString()));
    }

    [Fact]
    public void MissingSetSaysHowToGetIt()
    {
        var places = new DataPlaces(null, null, null, Path.Combine(Path.GetTempPath(), "astrodl-test-never-written"));
        var e = Assert.Throws<FileNotFoundException>(() =>
            ImageSetLoader.Load(FashionMnist.Spec, Split.Train, null, download: false, places, ShippedDataPlaces.NoDownload));
        Assert.Contains("Fashion-MNIST was not found", e.Message);
        Assert.Contains("sudo apt-get install dataset-fashion-mnist", e.Message);
        Assert.Contains("download: true", e.Message);
        Assert.Contains("ASTRODL_DATA", e.Message);
    }
}
