using static AstroDL.torch;
using static AstroDL.torch.utils.data;

namespace AstroDL.Tests.Data;

public class TensorDatasetTests
{
    [Fact]
    public void ItemIsTheSliceOfEveryTensor()
    {
        var ds = TensorDataset(arange(12, dtype: float32).reshape(4, 3), tensor(new long[] { 10, 11, 12, 13 }));
        Assert.Equal(4, ds.Count);
        var (x, y) = ds[2];
        Assert.Equal(new float[] { 6, 7, 8 }, x.data<float>().ToArray());
        Assert.Empty(y.shape);
        Assert.Equal(12L, y.item<long>());
    }

    [Fact]
    public void DifferentFirstDimensionsAreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => TensorDataset(zeros(4, 3), zeros(5)));
        Assert.Contains("tensor 1 [5] has 5 samples but tensor 0 [4, 3] has 4", e.Message);
    }

    [Fact]
    public void ZeroDimensionalAndMissingTensorsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => TensorDataset());
        Assert.Throws<ArgumentException>(() => TensorDataset(tensor(1f)));
    }

    [Fact]
    public void IndexOutOfRangeNamesTheCount()
    {
        var ds = TensorDataset(zeros(3));
        var e = Assert.Throws<IndexOutOfRangeException>(() => ds.GetTensor(3));
        Assert.Contains("3 items", e.Message);
    }

    [Fact]
    public void DatasetOutlivesTheDisposeScopeOfItsTensors()
    {
        AstroDL.Modules.TensorDataset ds;
        using (NewDisposeScope())
        {
            ds = TensorDataset(arange(3, dtype: float32));
        }
        Assert.Equal(2f, ds[2][0].item<float>());
    }
}
