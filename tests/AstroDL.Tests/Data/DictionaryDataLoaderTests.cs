using static AstroDL.torch;

namespace AstroDL.Tests.Data;

public class DictionaryDataLoaderTests
{
    /// <summary>Items {"x": [i, i], "y": i}, or, at <paramref name="odd"/>, an item with other names.</summary>
    private sealed class Named(int count, int odd = -1) : utils.data.Dataset
    {
        public override long Count => count;

        public override Dictionary<string, Tensor> GetTensor(long index) => index == odd
            ? new() { ["x"] = tensor(new float[] { index, index }) }
            : new() { ["x"] = tensor(new float[] { index, index }), ["y"] = tensor(index) };
    }

    [Fact]
    public void BatchesKeepNamesAndOrder()
    {
        using var loader = utils.data.DataLoader(new Named(5), 2);
        var batches = loader.ToList();
        Assert.Equal(3, batches.Count);
        Assert.Equal([2L, 2], batches[0]["x"].shape);
        Assert.Equal([4L], batches[2]["y"].data<long>().ToArray());
        Assert.Equal([0L, 1, 2, 3, 4], batches.SelectMany(b => b["y"].data<long>().ToArray()));
    }

    [Fact]
    public void ItemsWithOtherNamesAreAnError()
    {
        using var loader = utils.data.DataLoader(new Named(4, odd: 3), 4);
        var e = Assert.Throws<InvalidOperationException>(() => loader.ToList());
        Assert.Contains("item 3 of Named has the names [x] but item 0 has [x, y]", e.Message);
    }
}
