using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

public class DownloadTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    /// <summary>The toy set's four files on one mirror, optionally with one file's bytes replaced.</summary>
    private static Dictionary<string, byte[]> Mirror(string mirror, int replaced = -1, byte[]? replacement = null) =>
        ToySet.Names.Select((name, i) => (mirror + name + ".gz", i == replaced ? replacement! : ToySet.Full[i]))
            .ToDictionary(e => e.Item1, e => e.Item2);

    [Fact]
    public void DownloadWithGoodChecksumsIsKeptAndLoaded()
    {
        var http = new FakeHttp(Mirror(ToySet.FirstMirror));
        var places = ToySet.Places(root);
        var loaded = ImageSetLoader.Load(ToySet.Spec(), Split.Test, null, download: true, places, () => new Downloader(http));
        Assert.Equal(3, loaded.Count);
        Assert.False(loaded.IsSample);
        var folder = Path.Combine(places.DownloadFolder, "toy");
        Assert.Equal(ToySet.Names.Select(n => Path.Combine(folder, n + ".gz")).Order(), Directory.GetFiles(folder).Order());
        Assert.Equal(ToySet.Full[0], File.ReadAllBytes(Path.Combine(folder, "train-images-idx3-ubyte.gz")));

        // Everything is there now: a second load reads it without asking the network.
        http.Requests.Clear();
        ImageSetLoader.Load(ToySet.Spec(), Split.Train, null, download: true, places, () => new Downloader(http));
        Assert.Empty(http.Requests);
    }

    [Fact]
    public void BadChecksumLeavesNoFileAndSaysWhy()
    {
        var http = new FakeHttp(Mirror(ToySet.FirstMirror, replaced: 2, replacement: IdxBytes.Gzip(IdxBytes.Images(4))));
        var folder = root.File("toy");
        using var downloader = new Downloader(http);
        var e = Assert.Throws<IOException>(() => downloader.Fetch(ToySet.Spec().Files[2], ToySet.Spec().Mirrors, folder, null));
        Assert.Contains($"{ToySet.FirstMirror}t10k-images-idx3-ubyte.gz: the file it sent has SHA-256 ", e.Message);
        Assert.Contains($"not the published {ToySet.Spec().Files[2].FileSha256[0]}; it was not kept", e.Message);
        Assert.Contains($"{ToySet.SecondMirror}t10k-images-idx3-ubyte.gz: ", e.Message);
        Assert.Contains($"put it in {folder}", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void BadFileOnTheFirstMirrorFallsBackToTheSecond()
    {
        var files = Mirror(ToySet.FirstMirror, replaced: 1, replacement: [1, 2, 3]);
        foreach (var (url, bytes) in Mirror(ToySet.SecondMirror)) files[url] = bytes;
        var http = new FakeHttp(files);
        var folder = root.File("toy");
        var reports = new List<DownloadProgress>();
        using var downloader = new Downloader(http);
        var path = downloader.Fetch(ToySet.Spec().Files[1], ToySet.Spec().Mirrors, folder, new SynchronousProgress(reports.Add));
        Assert.Equal(ToySet.Full[1], File.ReadAllBytes(path));
        Assert.Equal([ToySet.FirstMirror + "train-labels-idx1-ubyte.gz", ToySet.SecondMirror + "train-labels-idx1-ubyte.gz"], http.Requests);
        Assert.Equal(ToySet.Full[1].Length, reports[^1].Bytes);
        Assert.Equal(ToySet.Full[1].Length, reports[^1].TotalBytes);
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void DamagedFileIsReplacedByADownload()
    {
        var places = ToySet.Places(root);
        var folder = ToySet.WriteFull(Path.Combine(places.DownloadFolder, "toy"));
        File.WriteAllBytes(Path.Combine(folder, "t10k-labels-idx1-ubyte.gz"), [0x1F, 0x8B, 0]);
        var http = new FakeHttp(Mirror(ToySet.FirstMirror));
        using (var downloader = new Downloader(http)) ImageSetLoader.Fetch(ToySet.Spec(), folder, null, downloader);
        Assert.Equal([ToySet.FirstMirror + "t10k-labels-idx1-ubyte.gz"], http.Requests);
        Assert.Equal(ToySet.Full[3], File.ReadAllBytes(Path.Combine(folder, "t10k-labels-idx1-ubyte.gz")));
    }

    [Fact]
    public void FailedDownloadFallsBackToTheSampleAndSaysWhy()
    {
        var places = ToySet.Places(root);
        ToySet.WriteSample(Path.Combine(places.RepositoryData!, "toy-sample"));
        LabeledImages? loaded = null;
        var output = Notices.During(() =>
            loaded = ImageSetLoader.Load(ToySet.Spec("Toy offline"), Split.Train, null, download: true, places, () => new Downloader(new FakeHttp([]))));
        Assert.True(loaded!.IsSample);
        Assert.Contains("Toy offline: the full set could not be downloaded (Could not download train-images-idx3-ubyte.gz", output);
        Assert.False(Directory.Exists(Path.Combine(places.DownloadFolder, "toy")) &&
                     Directory.EnumerateFiles(Path.Combine(places.DownloadFolder, "toy")).Any());
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
