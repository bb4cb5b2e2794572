using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>
/// One split of an image classification set as whole tensors, with where it came from:
/// <c>var (images, labels) = Mnist.Load(Split.Train);</c>
/// </summary>
public sealed class LabeledImages
{
    internal LabeledImages(string dataSet, Split split, Tensor images, Tensor labels, IReadOnlyList<string> classes, string source, bool isSample)
    {
        DataSet = dataSet;
        Split = split;
        Images = images;
        Labels = labels;
        Classes = classes;
        Source = source;
        IsSample = isSample;
    }

    /// <summary>The data set's name, e.g. MNIST.</summary>
    public string DataSet { get; }

    public Split Split { get; }

    /// <summary>float32 [N, 1, 28, 28], pixel values in [0, 1].</summary>
    public Tensor Images { get; }

    /// <summary>int64 [N], class indices into <see cref="Classes"/>.</summary>
    public Tensor Labels { get; }

    /// <summary>The class names, by label.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Where the files were read from, in words and as a folder.</summary>
    public string Source { get; }

    /// <summary>True when the small offline sample stands in for the full set.</summary>
    public bool IsSample { get; }

    /// <summary>The number of images.</summary>
    public long Count => Labels.size(0);

    public void Deconstruct(out Tensor images, out Tensor labels) => (images, labels) = (Images, Labels);

    public override string ToString() =>
        $"{DataSet} {Split.ToString().ToLowerInvariant()}{(IsSample ? " (offline sample)" : "")}: {Count:N0} images {Images.ShapeText} from {Source}";
}
