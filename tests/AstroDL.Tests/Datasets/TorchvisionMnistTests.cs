using AstroDL.Tests.Serialization;
using static AstroDL.torch;

namespace AstroDL.Tests.Datasets;

public class TorchvisionMnistTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    /// <summary>The test split as TorchSharp code would ask for it; here (no MNIST in the empty root) the offline sample, or the full set where installed.</summary>
    private Modules.MNIST TestSplit(torchvision.ITransform? transform = null) => torchvision.datasets.MNIST(root.Path, train: false, target_transform: transform);

    [Fact]
    public void ItemsAreNamedImageAndLabel()
    {
        using var mnist = TestSplit();
        Assert.Equal(mnist.IsSample ? 2_000 : 10_000, mnist.Count);
        var item = mnist.GetTensor(3);
        Assert.Equal(["data", "label"], item.Keys);
        Assert.Equal([1L, 28, 28], item["data"].shape);
        Assert.Equal(ScalarType.Int64, item["label"].dtype);
        Assert.Equal(mnist.targets[3].item<long>(), item["label"].item<long>());
        Assert.Equal(10, mnist.classes.Count);
    }

    [Fact]
    public void DataLoaderBatchesEachName()
    {
        var mnist = TestSplit();
        using var loader = torch.utils.data.DataLoader(mnist, 64, shuffle: true, seed: 1);
        Assert.Equal((mnist.Count + 63) / 64, loader.Count);
        long seen = 0;
        foreach (var batch in loader)
        {
            Assert.Equal(ScalarType.Float32, batch["data"].dtype);
            Assert.Equal(batch["label"].size(0), batch["data"].size(0));
            Assert.Equal([1L, 28, 28], batch["data"].shape[1..]);
            seen += batch["label"].size(0);
        }
        Assert.Equal(mnist.Count, seen);
    }

    [Fact]
    public void TransformGetsAOneImageBatchAsInTorchSharp()
    {
        var transform = new Doubling();
        using var mnist = TestSplit(transform);
        var item = mnist.GetTensor(0);
        Assert.Equal([1L, 1, 28, 28], transform.Seen!);
        Assert.Equal((mnist.images[0] * 2).data<float>().ToArray(), item["data"].data<float>().ToArray());
    }

    private sealed class Doubling : torchvision.ITransform
    {
        public long[]? Seen { get; private set; }

        public Tensor call(Tensor input)
        {
            Seen = input.shape;
            return input * 2;
        }
    }
}
