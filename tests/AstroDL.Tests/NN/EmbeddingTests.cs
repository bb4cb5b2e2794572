using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

public class EmbeddingTests
{
    [Fact]
    public void LooksUpRowsForIndicesOfAnyShape()
    {
        var table = tensor(new float[,] { { 0, 1 }, { 10, 11 }, { 20, 21 } });
        var embedding = Embedding_from_pretrained(table);
        var y = embedding.call(tensor(new long[] { 2, 0, 1, 2 }, [2, 2]));
        Assert.Equal([2L, 2, 2], y.shape);
        Assert.Equal([20f, 21, 0, 1, 10, 11, 20, 21], y.data<float>().ToArray());
    }

    [Fact]
    public void DefaultInitIsStandardNormalWithAZeroPaddingRow()
    {
        manual_seed(1);
        var embedding = Embedding(1000, 50, padding_idx: -1);
        Assert.Equal(999L, embedding.padding_idx);
        Assert.Equal(0f, embedding.weight[999].abs().sum().item<float>());
        var std = embedding.weight[..999].to_type(ScalarType.Float64).std().item<double>();
        Assert.InRange(std, 0.98, 1.02);
        Assert.Equal("Embedding(1000, 50, padding_idx=999)", embedding.ToString());
    }

    [Fact]
    public void PretrainedTablesAreSharedAndFrozenUnlessAsked()
    {
        var table = randn(4, 3);
        var frozen = Modules.Embedding.from_pretrained(table);
        Assert.False(frozen.weight.requires_grad);
        Assert.DoesNotContain(frozen.parameters(), p => p.requires_grad);
        using (no_grad()) table[0].fill_(7);
        Assert.Equal(7f, frozen.weight[0][0].item<float>());
        Assert.True(Embedding_from_pretrained(table, freeze: false).weight.requires_grad);
    }

    [Fact]
    public void BadIndicesAreNamed()
    {
        var embedding = Embedding(5, 2);
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => embedding.call(tensor(new long[] { 1, 5 })));
        Assert.Contains("index 5", range.Message);
        var type = Assert.Throws<ArgumentException>(() => embedding.call(tensor(new float[] { 1 })));
        Assert.Contains("int64", type.Message);
        Assert.Throws<ArgumentException>(() => Embedding(5, 2, padding_idx: 5));
    }
}
