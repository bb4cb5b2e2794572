using static AstroDL.torch;
using static AstroDL.torch.utils.data;

namespace AstroDL.Tests.Data;

public class RandomSplitTests
{
    private static readonly AstroDL.Modules.TensorDataset Items = TensorDataset(arange(10));

    [Fact]
    public void LengthsGiveDisjointPartsThatCoverTheDataSet()
    {
        var parts = random_split(Items, [6L, 4L], new Generator(3));
        Assert.Equal([6L, 4L], parts.Select(p => p.Count));
        var all = parts.SelectMany(p => p.indices).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), all.Order());
        Assert.Equal(parts[1].indices[0], parts[1][0][0].item<long>());
    }

    [Theory]
    [InlineData(10, new[] { 0.7, 0.2, 0.1 }, new long[] { 7, 2, 1 })]
    [InlineData(11, new[] { 0.5, 0.5 }, new long[] { 6, 5 })]
    [InlineData(7, new[] { 0.5, 0.25, 0.25 }, new long[] { 4, 2, 1 })]
    [InlineData(3, new[] { 0.0, 1.0 }, new long[] { 0, 3 })]
    public void FractionsFloorAndHandOutTheRemainderInTurn(long n, double[] fractions, long[] expected)
    {
        var parts = random_split(TensorDataset(arange(n)), fractions, new Generator(1));
        Assert.Equal(expected, parts.Select(p => p.Count));
        Assert.Equal(n, parts.SelectMany(p => p.indices).Distinct().Count());
    }

    [Fact]
    public void SameSeedGivesTheSameSplitAndAnotherSeedAnother()
    {
        long[] First(ulong seed) => random_split(Items, [5L, 5L], new Generator(seed))[0].indices.ToArray();
        Assert.Equal(First(7), First(7));
        Assert.NotEqual(First(7), First(8));
    }

    [Fact]
    public void LengthsThatDoNotAddUpAreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => random_split(Items, [6L, 3L]));
        Assert.Contains("add up to 9 but the data set has 10 items", e.Message);
    }

    [Fact]
    public void FractionsThatDoNotAddUpToOneAreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => random_split(Items, [0.5, 0.4]));
        Assert.Contains("must add up to 1", e.Message);
        Assert.Throws<ArgumentException>(() => random_split(Items, [1.5, -0.5]));
    }

    [Fact]
    public void SubsetRefusesIndicesOutsideTheDataSet()
    {
        var e = Assert.Throws<IndexOutOfRangeException>(() => Subset(Items, [0L, 10L]));
        Assert.Contains("indices[1] = 10", e.Message);
    }
}
