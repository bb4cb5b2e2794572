using AstroDL.Modules;
using static AstroDL.torch;
using static AstroDL.torch.utils.data;

namespace AstroDL.Tests.Data;

public class DataLoaderTests
{
    /// <summary>Ten samples: x row i is [i, 100 + i], y is i, so every batch shows which items it holds.</summary>
    private static TensorDataset Samples(long n = 10) =>
        TensorDataset(stack([arange(n), arange(n) + 100], 1).to_type(float32), arange(n));

    private static List<Tensor[]> Epoch(DataLoader loader) => [.. (IEnumerable<Tensor[]>)loader];

    private static long[] Labels(IEnumerable<Tensor[]> batches) => batches.SelectMany(b => b[1].data<long>()).ToArray();

    [Fact]
    public void BatchesHaveTheBatchSizeAndTheLastIsPartial()
    {
        var loader = DataLoader(Samples(), batchSize: 4);
        var batches = Epoch(loader);
        Assert.Equal(3, loader.Count);
        Assert.Equal(10, loader.Size);
        Assert.Equal([[4, 2], [4, 2], [2, 2]], batches.Select(b => b[0].shape));
        Assert.Equal([[4], [4], [2]], batches.Select(b => b[1].shape));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), Labels(batches));
        Assert.Equal(new float[] { 8, 108, 9, 109 }, batches[2][0].data<float>().ToArray());
    }

    [Fact]
    public void DropLastLeavesOutThePartialBatch()
    {
        var loader = DataLoader(Samples(), batchSize: 4, drop_last: true);
        Assert.Equal(2, loader.Count);
        Assert.Equal([4L, 4L], Epoch(loader).Select(b => b[0].size(0)));
    }

    [Fact]
    public void ShuffledEpochsRepeatWithTheSameSeedAndDifferFromEachOther()
    {
        DataLoader Loader() => DataLoader(Samples(50), batchSize: 8, shuffle: true, generator: new Generator(42));
        var a = Loader();
        var b = Loader();
        var a1 = Labels(Epoch(a));
        var a2 = Labels(Epoch(a));
        Assert.Equal(a1, Labels(Epoch(b)));
        Assert.Equal(a2, Labels(Epoch(b)));
        Assert.NotEqual(a1, a2);
        Assert.NotEqual(Enumerable.Range(0, 50).Select(i => (long)i), a1);
    }

    [Fact]
    public void SeedArgumentGivesReproducibleOrder()
    {
        long[] FirstEpoch(int seed) => Labels(Epoch(DataLoader(Samples(30), 7, shuffle: true, seed: seed)));
        Assert.Equal(FirstEpoch(5), FirstEpoch(5));
        Assert.NotEqual(FirstEpoch(5), FirstEpoch(6));
    }

    [Fact]
    public void EveryIndexComesExactlyOncePerEpochAndRowsStayTogether()
    {
        var loader = DataLoader(Samples(23), batchSize: 5, shuffle: true, generator: new Generator(1));
        for (int epoch = 0; epoch < 3; epoch++)
        {
            var batches = Epoch(loader);
            Assert.Equal(Enumerable.Range(0, 23).Select(i => (long)i), Labels(batches).Order());
            foreach (var (x, y) in batches)
                Assert.Equal(y.to_type(float32).data<float>().ToArray(), x.select(1, 0).data<float>().ToArray());
        }
    }

    [Fact]
    public void ForeachDeconstructsPairs()
    {
        long seen = 0;
        foreach (var (x, y) in DataLoader(Samples(), batchSize: 3))
        {
            Assert.Equal(x.size(0), y.size(0));
            seen += y.size(0);
        }
        Assert.Equal(10, seen);
    }

    [Fact]
    public void LoaderIsAnEnumerableOfPairsAsTorchSharpExamplesTakeIt()
    {
        static long CountSamples(IEnumerable<(Tensor, Tensor)> dataLoader)
        {
            long n = 0;
            foreach (var (data, target) in dataLoader) n += target.size(0);
            return n;
        }
        Assert.Equal(10, CountSamples(DataLoader(Samples(), 4, shuffle: true, seed: 1)));
    }

    [Fact]
    public void ThreeTensorBatchesDeconstructIntoThreeAndRefusePairs()
    {
        var loader = DataLoader(TensorDataset(zeros(6, 2), ones(6), arange(6)), batchSize: 4);
        foreach (var (x, w, y) in loader)
        {
            Assert.Equal(2, x.size(1));
            Assert.Equal(x.size(0), w.size(0));
            Assert.Equal(x.size(0), y.size(0));
        }
        var e = Assert.Throws<InvalidOperationException>(() => ((IEnumerable<(Tensor, Tensor)>)loader).First());
        Assert.Contains("Cannot unpack 3 tensors into 2", e.Message);
    }

    [Fact]
    public void SplitPartsBatchTheirOwnItems()
    {
        var parts = random_split(Samples(20), [0.75, 0.25], new Generator(9));
        var loader = DataLoader(parts[1], batchSize: 2);
        Assert.Equal(3, loader.Count);
        Assert.Equal(parts[1].indices, Labels(Epoch(loader)));
    }

    /// <summary>A data set that makes its items one at a time (the path for anything but a TensorDataset).</summary>
    private sealed class Squares : Dataset<Tensor[]>
    {
        public override long Count => 5;

        public override Tensor[] GetTensor(long index)
        {
            CheckIndex(index);
            return [tensor(new float[] { index, index * index }), tensor(index)];
        }
    }

    [Fact]
    public void ItemDataSetsAreStackedIntoBatches()
    {
        var batches = Epoch(DataLoader(new Squares(), batchSize: 3));
        Assert.Equal([[3, 2], [2, 2]], batches.Select(b => b[0].shape));
        Assert.Equal(new float[] { 3, 9, 4, 16 }, batches[1][0].data<float>().ToArray());
        Assert.Equal([0L, 1, 2, 3, 4], Labels(batches));
    }

    [Fact]
    public void NonPositiveBatchSizeIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DataLoader(Samples(), 0));
}
