using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

public class DataSetRegistryTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public void KnowsTheKitsSets()
    {
        Assert.Equal(["mnist", "fashion-mnist", "galaxies", "galaxy10-decals", "galaxy10-sdss", "m51", "stellarium-galaxies"],
            DataSetRegistry.All.Select(s => s.Name));
        Assert.Same(DataSetRegistry.All[1], DataSetRegistry.Get("Fashion-MNIST"));
        Assert.Contains("mnist, fashion-mnist, galaxies", Assert.Throws<ArgumentException>(() => DataSetRegistry.Get("cifar")).Message);
    }

    [Fact]
    public void ShippedDataIsFoundOrSampled()
    {
        var sets = DataSetRegistry.Create(ShippedDataPlaces.Only(), () => new Downloader());
        // the images Debian packages install are found or not by the machine's packages (InstalledSetInfoTests)
        Assert.Equal([DataSetStatus.SampleOnly, DataSetStatus.Missing, DataSetStatus.Found, DataSetStatus.Missing, DataSetStatus.Missing],
            sets.Where(s => s is not InstalledSetInfo).Select(s => s.Status));
        Assert.Equal(Path.Combine(ShippedDataPlaces.RepositoryData, "mnist-sample"), sets[0].Location);
        Assert.Equal(Path.Combine(ShippedDataPlaces.RepositoryData, "galaxies"), sets[2].Location);
        Assert.All(sets[2].Verify(), c => Assert.True(c.Ok, c.ToString()));
        Assert.All(sets[1].Verify(), c => Assert.Equal("missing", c.Message));
        Assert.Contains("apt-get install dataset-fashion-mnist", sets[1].HowToGet);
        Assert.False(sets[2].CanFetch);
        Assert.Throws<NotSupportedException>(() => sets[2].Fetch());
    }

    [Fact]
    public void FetchDownloadsIntoTheDownloadFolderAndTheSetIsFound()
    {
        var places = new DataPlaces(root.File("environment"), null, null, root.File("environment"));
        var spec = ToySet.Spec();
        var http = new FakeHttp(ToySet.Names.Select((n, i) => (ToySet.FirstMirror + n + ".gz", ToySet.Full[i])).ToDictionary(e => e.Item1, e => e.Item2));
        var toy = new ImageSetInfo(spec, places, () => new Downloader(http));
        Assert.Equal(DataSetStatus.Missing, toy.Status);
        Assert.Null(toy.Location);

        var folder = toy.Fetch();

        Assert.Equal(root.File("environment/toy"), folder);
        Assert.Equal(new DataSetLocation(DataSetStatus.Found, folder, $"ASTRODL_DATA ({folder})"), toy.Locate());
        Assert.All(toy.Verify(), c => Assert.True(c.Ok, c.ToString()));
        Assert.Equal($"toy: Found in ASTRODL_DATA ({folder})", toy.ToString());
    }

    [Fact]
    public void VerifyReportsADamagedFile()
    {
        var places = new DataPlaces(null, root.Path, null, root.Path);
        var folder = ToySet.WriteFull(root.File("toy"));
        File.WriteAllBytes(Path.Combine(folder, "train-images-idx3-ubyte.gz"), ToySet.Full[2]);
        var checks = new ImageSetInfo(ToySet.Spec(), places, () => new Downloader()).Verify();
        Assert.Equal([false, true, true, true], checks.Select(c => c.Ok));
        Assert.StartsWith(Path.Combine(folder, "train-images-idx3-ubyte.gz") + ": SHA-256 is ", checks[0].Message);
    }
}
