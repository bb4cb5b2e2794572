using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

public class ImageSetLoaderTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    private LabeledImages Load(ImageSetSpec spec, Split split, string? given = null, DataPlaces? places = null) =>
        ImageSetLoader.Load(spec, split, given, download: false, places ?? ToySet.Places(root), ShippedDataPlaces.NoDownload);

    [Fact]
    public void LoadsTensorsOfBothSplits()
    {
        ToySet.WriteFull(root.File("repository-data/toy"));
        var (images, labels) = Load(ToySet.Spec(), Split.Train);
        Assert.Equal([5L, 1, 28, 28], images.shape);
        Assert.Equal([0L, 1, 2, 1, 0], labels.data<long>().ToArray());
        var test = Load(ToySet.Spec(), Split.Test);
        Assert.Equal(3, test.Count);
        Assert.False(test.IsSample);
        Assert.Equal(["a", "b", "c"], test.Classes);
    }

    [Fact]
    public void SearchOrderIsGivenPathEnvironmentRepositorySystemDownloadsThenSample()
    {
        var places = ToySet.Places(root) with { DownloadFolder = root.File("downloads") };
        var given = ToySet.WriteFull(root.File("given"));
        var environment = ToySet.WriteFull(root.File("environment/toy"));
        // Other tools' layouts count too: torchvision keeps MNIST in MNIST/raw.
        var repository = ToySet.WriteFull(root.File("repository-data/Toy/raw"));
        var system = ToySet.WriteFull(root.File("system/toy"));
        var downloads = ToySet.WriteFull(root.File("downloads/toy"));
        ToySet.WriteSample(root.File("repository-data/toy-sample"));
        var spec = ToySet.Spec("Toy order");

        foreach (var (folder, origin) in new[]
        {
            (given, "the given path"), (environment, "ASTRODL_DATA"), (repository, "the repository's data/ folder"),
            (system, "the Debian package dataset-toy"), (downloads, "an earlier download"),
        })
        {
            var loaded = Load(spec, Split.Train, given, places);
            Assert.Equal($"{origin} ({folder})", loaded.Source);
            Assert.False(loaded.IsSample);
            Directory.Delete(folder, recursive: true);
        }
        var sample = Load(spec, Split.Train, given, places);
        Assert.True(sample.IsSample);
        Assert.Equal(2, sample.Count);
        Assert.StartsWith("the offline sample", sample.Source);
    }

    [Fact]
    public void GivenRootMayHoldTheSetInASubFolder()
    {
        var folder = ToySet.WriteFull(root.File("given/toy"));
        Assert.Equal($"the given path ({folder})", Load(ToySet.Spec(), Split.Test, root.File("given")).Source);
    }

    [Fact]
    public void PlainFilesLoadLikeGzipOnes()
    {
        var folder = root.File("repository-data/toy");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "train-images-idx3-ubyte"), IdxBytes.Images(5));
        File.WriteAllBytes(Path.Combine(folder, "train-labels-idx1-ubyte"), IdxBytes.Labels(0, 1, 2, 1, 0));
        File.WriteAllBytes(Path.Combine(folder, "t10k-images-idx3-ubyte"), IdxBytes.Images(3));
        File.WriteAllBytes(Path.Combine(folder, "t10k-labels-idx1-ubyte"), IdxBytes.Labels(2, 2, 0));
        Assert.Equal([2L, 2, 0], Load(ToySet.Spec(), Split.Test).Labels.data<long>().ToArray());
    }

    [Fact]
    public void AnIncompleteFolderIsRefusedForBothSplitsAndLocateSaysSo()
    {
        // Three of the four files, and the sample beside them: neither split may fall back to the sample.
        var folder = ToySet.WriteFull(root.File("environment/toy"));
        File.Delete(Path.Combine(folder, "t10k-labels-idx1-ubyte.gz"));
        ToySet.WriteSample(root.File("repository-data/toy-sample"));
        foreach (var split in new[] { Split.Train, Split.Test })
        {
            var e = Assert.Throws<FileNotFoundException>(() => Load(ToySet.Spec(), split));
            Assert.Contains($"{folder} (ASTRODL_DATA) holds only part of the set; missing: t10k-labels-idx1-ubyte(.gz).", e.Message);
        }
        var location = ImageSetLoader.Locate(ToySet.Spec(), ToySet.Places(root));
        Assert.Equal(new DataSetLocation(DataSetStatus.Incomplete, folder, $"ASTRODL_DATA ({folder})"), location);
    }

    [Fact]
    public void SampleNoticeIsWrittenOnceAndSaysHowToGetTheFullSet()
    {
        ToySet.WriteSample(root.File("repository-data/toy-sample"));
        var spec = ToySet.Spec("Toy notice");
        var output = Notices.During(() =>
        {
            Load(spec, Split.Train);
            Load(spec, Split.Test);
        });
        var notice = Assert.Single(output.Split(Environment.NewLine), l => l.StartsWith("Toy notice:"));
        Assert.Contains("offline sample", notice);
        Assert.Contains("2 training and 1 test images, not the full 5 and 3", notice);
        Assert.Contains("download: true", output);
        Assert.Contains("apt-get install dataset-toy", output);
    }

    [Fact]
    public void NothingFoundListsWhereItLookedAndHowToGetIt()
    {
        var e = Assert.Throws<FileNotFoundException>(() => Load(ToySet.Spec(), Split.Train, root.File("given")));
        Assert.StartsWith("Toy was not found. Looked in:", e.Message);
        Assert.Contains(root.File("given"), e.Message);
        Assert.Contains(root.File("environment/toy"), e.Message);
        Assert.Contains(root.File("system/toy"), e.Message);
        Assert.Contains(root.File("repository-data/toy-sample"), e.Message);
        Assert.Contains("sudo apt-get install dataset-toy", e.Message);
        Assert.Contains($"course data fetch toy on the command line, or download: true in code; either saves it in {root.File("given/toy")}", e.Message);
        Assert.Contains("ASTRODL_DATA", e.Message);
        Assert.DoesNotContain("not the course repository's data/ folder", e.Message);
    }

    [Fact]
    public void OutsideTheRepositoryNothingFoundSaysWhatWasNotSearchedAndHowToPointAtTheData()
    {
        // Outside a repository with ASTRODL_DATA unset, only the user data folder is searched.
        var places = new DataPlaces(null, null, null, root.File("user-data"));

        var e = Assert.Throws<FileNotFoundException>(() => Load(ToySet.Spec(), Split.Train, places: places));

        Assert.Contains(root.File("user-data/toy"), e.Message);
        Assert.Contains("not $ASTRODL_DATA: it is not set", e.Message);
        Assert.Contains("not the course repository's data/ folder (which holds the offline samples)", e.Message);
        Assert.Contains($"neither {Environment.CurrentDirectory} nor the kit's library is inside the repository", e.Message);
        Assert.Contains("set ASTRODL_DATA to its data/ folder", e.Message);
    }

    [Fact]
    public void WrongChecksumNamesTheFileAndSaysWhatToDo()
    {
        var folder = ToySet.WriteFull(root.File("repository-data/toy"));
        var path = Path.Combine(folder, "train-labels-idx1-ubyte.gz");
        File.WriteAllBytes(path, IdxBytes.Gzip(IdxBytes.Labels(0, 1, 2, 1, 1)));
        var e = Assert.Throws<InvalidDataException>(() => Load(ToySet.Spec(), Split.Train));
        Assert.StartsWith($"{path}: SHA-256 is ", e.Message);
        Assert.Contains("not Toy's train-labels-idx1-ubyte", e.Message);
        Assert.Contains("delete it and get it again (download: true", e.Message);
    }

    [Fact]
    public void DamagedSampleSaysHowToRestoreIt()
    {
        var folder = ToySet.WriteSample(root.File("repository-data/toy-sample"));
        File.WriteAllBytes(Path.Combine(folder, "t10k-images-idx3-ubyte.gz"), IdxBytes.Gzip(IdxBytes.Images(2)));
        var e = Assert.Throws<InvalidDataException>(() => Load(ToySet.Spec("Toy damaged sample"), Split.Test));
        Assert.Contains("git checkout -- data/toy-sample", e.Message);
    }

    /// <summary>A spec without checksums for the files, so the reader's own checks are what fails.</summary>
    private static ImageSetSpec Unchecked(int train, int test) => ToySet.Spec() with
    {
        Files = ToySet.Names.Select((name, i) => new KnownFile(name, i < 2 ? train : test, ["not a published file"], null)).ToArray(),
    };

    /// <summary>Writes the files of the other split that a test leaves out (good ones), so the folder holds the whole set.</summary>
    private void CompleteWithGoodFiles()
    {
        byte[][] good = [IdxBytes.Images(5), IdxBytes.Labels(0, 1, 2, 1, 0), IdxBytes.Images(3), IdxBytes.Labels(2, 2, 0)];
        for (int i = 0; i < good.Length; i++)
        {
            if (!File.Exists(Path.Combine(root.File("repository-data/toy"), ToySet.Names[i]))) WritePlain(ToySet.Names[i], good[i]);
        }
    }

    private string WritePlain(string name, byte[] bytes)
    {
        var folder = root.File("repository-data/toy");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
        return Path.Combine(folder, name);
    }

    [Fact]
    public void ImagesAndLabelsThatDisagreeInNumberAreAnError()
    {
        var images = WritePlain("train-images-idx3-ubyte", IdxBytes.Images(5));
        var labels = WritePlain("train-labels-idx1-ubyte", IdxBytes.Labels(0, 1, 2, 1));
        CompleteWithGoodFiles();
        var e = Assert.Throws<InvalidDataException>(() => Load(Unchecked(5, 3), Split.Train));
        Assert.Equal(
            $"{images} holds 5 images but {labels} holds 4 labels; the two files must come from the same set and split. " +
            "Delete both and get it again (download: true downloads it), or copy a good file there.", e.Message);
    }

    [Fact]
    public void CountOtherThanPublishedIsAnError()
    {
        WritePlain("train-images-idx3-ubyte", IdxBytes.Images(5));
        var labels = WritePlain("train-labels-idx1-ubyte", IdxBytes.Labels(0, 1, 2, 1, 0));
        CompleteWithGoodFiles();
        var e = Assert.Throws<InvalidDataException>(() => Load(Unchecked(6, 3), Split.Train));
        Assert.Contains("holds 5 images of 28×28; Toy's train-images-idx3-ubyte holds 6 of 28×28", e.Message);
        Assert.DoesNotContain(labels, e.Message);
    }

    [Fact]
    public void LabelOutsideTheClassesIsAnError()
    {
        WritePlain("t10k-images-idx3-ubyte", IdxBytes.Images(3));
        var labels = WritePlain("t10k-labels-idx1-ubyte", IdxBytes.Labels(2, 7, 0));
        CompleteWithGoodFiles();
        var e = Assert.Throws<InvalidDataException>(() => Load(Unchecked(5, 3), Split.Test));
        Assert.StartsWith($"{labels}: label 1 is 7, not a class from 0 to 2", e.Message);
    }

    [Fact]
    public void ImagesOfAnotherSizeAreAnError()
    {
        WritePlain("t10k-images-idx3-ubyte", IdxBytes.Images(3, rows: 32, columns: 32));
        WritePlain("t10k-labels-idx1-ubyte", IdxBytes.Labels(2, 2, 0));
        CompleteWithGoodFiles();
        var e = Assert.Throws<InvalidDataException>(() => Load(Unchecked(5, 3), Split.Test));
        Assert.Contains("3 images of 32×32", e.Message);
    }
}
