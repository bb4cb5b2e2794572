using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

/// <summary>Galaxy10 as `course data` sees it (status, verify, fetch) and the loader's download: true, against a fake mirror.</summary>
public class Galaxy10DownloadTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    private static FakeHttp Serving(Galaxy10Spec spec, string mock) =>
        new(new Dictionary<string, byte[]> { [Galaxy10Mock.Mirror + spec.FileName] = File.ReadAllBytes(mock) });

    [Fact]
    public void DownloadTrueFetchesChecksAndLoads()
    {
        var spec = Galaxy10Mock.Publishing(Galaxy10.Decals, Galaxy10Mock.Decals);
        var places = Galaxy10Mock.Places(root);
        var http = Serving(spec, Galaxy10Mock.Decals);

        var loaded = Galaxy10.Load(spec, null, download: true, limit: 3, start: 0, places, () => new Downloader(http));

        var file = root.File("environment/galaxy10/Galaxy10_DECals.h5");
        Assert.Equal(3, loaded.Count);
        Assert.Equal($"a download ({file})", loaded.Source);
        Assert.Equal(File.ReadAllBytes(Galaxy10Mock.Decals), File.ReadAllBytes(file));
        Assert.Equal([Galaxy10Mock.Mirror + "Galaxy10_DECals.h5"], http.Requests);

        // Now it is there: the next load reads it without asking the network.
        http.Requests.Clear();
        Assert.Equal(12, Galaxy10.Load(spec, null, download: true, limit: null, start: 0, places, () => new Downloader(http)).Count);
        Assert.Empty(http.Requests);
    }

    [Fact]
    public void ADownloadWithTheWrongChecksumIsNotKeptAndTheErrorSaysWhy()
    {
        var spec = Galaxy10Mock.Publishing(Galaxy10.Decals, Galaxy10Mock.Decals);
        var places = Galaxy10Mock.Places(root);
        var http = Serving(spec, Galaxy10Mock.Sdss);

        var e = Assert.Throws<FileNotFoundException>(() =>
            Galaxy10.Load(spec, null, download: true, limit: null, start: 0, places, () => new Downloader(http)));

        Assert.Contains($"The download failed: Could not download Galaxy10_DECals.h5 from any mirror:", e.Message);
        Assert.Contains($"not the published {spec.Sha256}; it was not kept", e.Message);
        Assert.False(File.Exists(root.File("environment/galaxy10/Galaxy10_DECals.h5")));
    }

    [Fact]
    public void VerifyChecksThePublishedSha256()
    {
        var places = Galaxy10Mock.Places(root);
        var missing = new Galaxy10Info(Galaxy10.Sdss, places, ShippedDataPlaces.NoDownload);
        Assert.Equal(DataSetStatus.Missing, missing.Status);
        Assert.Equal([new FileCheck(root.File("environment/galaxy10/Galaxy10.h5"), false, "missing")], missing.Verify());

        var file = Galaxy10Mock.Install(Galaxy10.Sdss, Galaxy10Mock.Sdss, places.EnvironmentFolder!);
        // The mock is not the published file: its checksum differs from the one astroNN publishes.
        var real = new Galaxy10Info(Galaxy10.Sdss, places, ShippedDataPlaces.NoDownload);
        Assert.Equal(new DataSetLocation(DataSetStatus.Found, Path.GetDirectoryName(file), $"ASTRODL_DATA ({file})"), real.Locate());
        var bad = Assert.Single(real.Verify());
        Assert.False(bad.Ok);
        Assert.StartsWith($"SHA-256 is {KnownFile.Sha256(File.ReadAllBytes(file))}, not the published " +
                          "969a6b1cefcc36e09fffa86febd2f699a4aa19b837ba0427f01b0bc6ded458af", bad.Message);
        Assert.Contains("course data fetch galaxy10-sdss", bad.Message);

        var published = new Galaxy10Info(Galaxy10Mock.Publishing(Galaxy10.Sdss, Galaxy10Mock.Sdss), places, ShippedDataPlaces.NoDownload);
        Assert.Equal([new FileCheck(file, true, "SHA-256 matches the published file")], published.Verify());
    }

    [Fact]
    public void FetchDownloadsIntoTheDownloadFolderOnce()
    {
        var spec = Galaxy10Mock.Publishing(Galaxy10.Sdss, Galaxy10Mock.Sdss);
        var places = Galaxy10Mock.Places(root);
        var http = Serving(spec, Galaxy10Mock.Sdss);
        var info = new Galaxy10Info(spec, places, () => new Downloader(http));

        Assert.Equal(root.File("environment/galaxy10"), info.Fetch());
        Assert.Equal(DataSetStatus.Found, info.Status);
        Assert.True(Assert.Single(info.Verify()).Ok);
        info.Fetch();
        Assert.Single(http.Requests);
    }

    [Fact]
    public void TheRegistryListsBothFilesAsOptionalAndFetchable()
    {
        var sets = DataSetRegistry.Create(ShippedDataPlaces.Only(), ShippedDataPlaces.NoDownload);
        var galaxy10 = sets.Where(s => s.Name.StartsWith("galaxy10-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["galaxy10-decals", "galaxy10-sdss"], galaxy10.Select(s => s.Name));
        Assert.All(galaxy10, s => Assert.True(s.CanFetch && s.IsOptional));
        var installed = sets.Where(s => s is InstalledSetInfo).ToList();
        Assert.All(sets.Except(galaxy10).Except(installed), s => Assert.False(s.IsOptional));
        Assert.Contains("course data fetch galaxy10-decals on the command line, or download: true in code", galaxy10[0].HowToGet);
        Assert.Contains("2.54 GB", galaxy10[0].HowToGet);
    }
}
