namespace AstroDL.Datasets;

/// <summary>
/// Fashion-MNIST (Zalando Research): 60,000 training and 10,000 test images of 28×28 clothing items in 10 classes,
/// a drop-in replacement for MNIST that is harder to learn. Debian's dataset-fashion-mnist package installs it.
/// <c>var (images, labels) = FashionMnist.Load(Split.Test);</c>
/// </summary>
public static class FashionMnist
{
    internal static readonly ImageSetSpec Spec = new(
        Key: "fashion-mnist",
        Title: "Fashion-MNIST",
        Description: "clothing images in 10 classes, 28x28 grayscale: 60,000 training and 10,000 test images",
        Licence: "MIT (Zalando SE)",
        Classes: ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"],
        FolderNames: ["fashion-mnist", "FashionMNIST/raw", "fashion-mnist/test_data"],
        SystemFolder: "fashion-mnist",
        SystemPackage: "dataset-fashion-mnist",
        Mirrors:
        [
            "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/",
            "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
        ],
        // The published .gz first, then Debian's copy (re-compressed without the file name, so its hash differs).
        Files:
        [
            new("train-images-idx3-ubyte", 60_000,
                ["3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84", "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7"],
                "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"),
            new("train-labels-idx1-ubyte", 60_000,
                ["a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845", "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056"],
                "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"),
            new("t10k-images-idx3-ubyte", 10_000,
                ["346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073", "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"],
                "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"),
            new("t10k-labels-idx1-ubyte", 10_000,
                ["67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5", "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"],
                "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"),
        ]);

    /// <summary>The class names, by label.</summary>
    public static IReadOnlyList<string> Classes => Spec.Classes;

    /// <summary>
    /// One split as tensors: images float32 [N, 1, 28, 28] in [0, 1], labels int64 [N]. Looks in <paramref name="root"/>,
    /// ASTRODL_DATA, the repository's data/, /usr/share/datasets/fashion-mnist (Debian), earlier downloads, and downloads
    /// the set when <paramref name="download"/> is true. There is no offline sample: when nothing is found the error says
    /// how to get it.
    /// </summary>
    public static LabeledImages Load(Split split = Split.Train, string? root = null, bool download = false)
    {
        return ImageSetLoader.Load(Spec, split, root, download, DataPlaces.Current(), () => new Downloader());
    }
}
