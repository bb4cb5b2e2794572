using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

/// <summary>
/// A tiny MNIST-layout set (5 training and 3 test images of 28×28, classes a/b/c) with a 2 + 1 image sample, its spec
/// carrying the generated files' checksums, and a set of data places inside a temporary folder.
/// </summary>
internal static class ToySet
{
    public static readonly byte[][] Full =
    [
        IdxBytes.Gzip(IdxBytes.Images(5)), IdxBytes.Gzip(IdxBytes.Labels(0, 1, 2, 1, 0)),
        IdxBytes.Gzip(IdxBytes.Images(3)), IdxBytes.Gzip(IdxBytes.Labels(2, 2, 0)),
    ];

    public static readonly byte[][] Sample =
    [
        IdxBytes.Gzip(IdxBytes.Images(2)), IdxBytes.Gzip(IdxBytes.Labels(1, 0)),
        IdxBytes.Gzip(IdxBytes.Images(1)), IdxBytes.Gzip(IdxBytes.Labels(2)),
    ];

    public static readonly string[] Names = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"];

    public const string FirstMirror = "https://mirror-one.test/toy/";
    public const string SecondMirror = "https://mirror-two.test/toy/";

    /// <summary>The spec; <paramref name="title"/> differs per test where notices (said once per title) are checked.</summary>
    public static ImageSetSpec Spec(string title = "Toy") => new(
        Key: "toy",
        Title: title,
        Description: "test images",
        Licence: "none",
        Classes: ["a", "b", "c"],
        FolderNames: ["toy", "Toy/raw"],
        SystemFolder: "toy",
        SystemPackage: "dataset-toy",
        Mirrors: [FirstMirror, SecondMirror],
        Files: Known(Full, 5, 3),
        SampleFolder: "toy-sample",
        SampleFiles: Known(Sample, 2, 1));

    private static KnownFile[] Known(byte[][] files, int train, int test) =>
        files.Select((bytes, i) => new KnownFile(Names[i], i < 2 ? train : test, [KnownFile.Sha256(bytes)], null)).ToArray();

    public static string WriteFull(string folder) => Write(folder, Full);

    public static string WriteSample(string folder) => Write(folder, Sample);

    private static string Write(string folder, byte[][] files)
    {
        Directory.CreateDirectory(folder);
        for (int i = 0; i < files.Length; i++) File.WriteAllBytes(Path.Combine(folder, Names[i] + ".gz"), files[i]);
        return folder;
    }

    /// <summary>ASTRODL_DATA, the repository's data/, the system's data sets folder and the download folder, all inside <paramref name="root"/>.</summary>
    public static DataPlaces Places(TempFolder root) =>
        new(root.File("environment"), root.File("repository-data"), root.File("system"), root.File("repository-data"));
}
