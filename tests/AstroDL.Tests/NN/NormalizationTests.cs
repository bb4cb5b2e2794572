using AstroDL.Tests.Serialization;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

/// <summary>BatchNorm and LayerNorm behaviour beyond the PyTorch fixtures: buffers, modes, moves, errors, printing.</summary>
public class NormalizationTests
{
    [Fact]
    public void BatchNormStateHoldsParametersAndRunningStatisticsUnderPyTorchNames()
    {
        var bn = BatchNorm2d(3);
        Assert.Equal(["weight", "bias", "running_mean", "running_var", "num_batches_tracked"], bn.state_dict().Keys);
        Assert.Equal(["weight", "bias"], bn.named_parameters().Select(p => p.name));
        Assert.Equal(ScalarType.Int64, bn.num_batches_tracked!.dtype);
        Assert.Empty(BatchNorm1d(3, affine: false, track_running_stats: false).state_dict());
    }

    [Fact]
    public void TrainingUpdatesRunningStatisticsWithTheUnbiasedVarianceAndEvalUsesThem()
    {
        var bn = BatchNorm1d(1, momentum: 0.5);
        var x = tensor(new float[] { 1, 2, 3, 6 }, [4, 1]);
        bn.call(x);
        // Batch mean 3, unbiased variance 14/3; halfway from (0, 1).
        Assert.Equal(1.5f, bn.running_mean!.item<float>(), 5);
        Assert.Equal((1 + 14f / 3) / 2, bn.running_var!.item<float>(), 5);
        Assert.Equal(1L, bn.num_batches_tracked!.item<long>());

        bn.eval();
        var y = bn.call(tensor(new float[] { 1.5f }, [1, 1]));
        Assert.Equal(0f, y.item<float>(), 5);
        Assert.Equal(1L, bn.num_batches_tracked.item<long>());
    }

    [Fact]
    public void MomentumNoneKeepsTheAverageOfAllBatches()
    {
        var bn = BatchNorm1d(1, momentum: null);
        foreach (var mean in new[] { 2f, 4f, 9f }) bn.call(tensor(new[] { mean - 1, mean + 1 }, [2, 1]));
        Assert.Equal(5f, bn.running_mean!.item<float>(), 5);
        Assert.Equal(2f, bn.running_var!.item<float>(), 5);
        Assert.Equal(3L, bn.num_batches_tracked!.item<long>());
    }

    [Fact]
    public void TrainingOutputHasZeroMeanAndUnitVariancePerChannel()
    {
        manual_seed(1);
        var bn = BatchNorm2d(3);
        var y = bn.call(randn(8, 3, 5, 5).mul(4).add(7));
        var mean = y.mean([0, 2, 3]);
        var variance = y.var([0, 2, 3], unbiased: false);
        Assert.True(mean.abs().max().item<float>() < 1e-5);
        Assert.True(variance.sub(1).abs().max().item<float>() < 1e-3);
    }

    [Fact]
    public void WithoutRunningStatisticsEvalStillUsesTheBatch()
    {
        var bn = BatchNorm1d(2, track_running_stats: false);
        bn.eval();
        var y = bn.call(tensor(new float[,] { { 1, 10 }, { 3, 30 } }));
        Assert.True(y.allclose(tensor(new float[,] { { -1, -1 }, { 1, 1 } }), atol: 1e-4));
    }

    [Fact]
    public void BatchOfOneCannotTrainButCanEvaluate()
    {
        var bn = BatchNorm1d(4);
        var e = Assert.Throws<ArgumentException>(() => bn.call(randn(1, 4)));
        Assert.Contains("more than one value per channel", e.Message);
        bn.eval();
        Assert.Equal([1L, 4], bn.call(randn(1, 4)).shape);
    }

    [Fact]
    public void WrongInputIsNamed()
    {
        var e = Assert.Throws<ArgumentException>(() => BatchNorm2d(3).call(randn(2, 4, 5, 5)));
        Assert.Contains("[N, C, H, W]", e.Message);
        Assert.Contains("[2, 4, 5, 5]", e.Message);
        Assert.Throws<ArgumentException>(() => BatchNorm1d(3).call(randn(2, 3, 4, 4)));
        var layerNorm = Assert.Throws<ArgumentException>(() => LayerNorm(5).call(randn(2, 4)));
        Assert.Contains("normalized_shape (5)", layerNorm.Message);
    }

    [Fact]
    public void RunningStatisticsSurviveACheckpointAndDtypeMoves()
    {
        using var folder = new TempFolder();
        var path = folder.File("bn.safetensors");
        manual_seed(2);
        var trained = BatchNorm1d(3);
        for (int i = 0; i < 3; i++) trained.call(randn(10, 3).add(i));
        trained.save(path);

        var fresh = BatchNorm1d(3).load(path);
        var copy = (Modules.BatchNorm1d)fresh;
        Assert.True(copy.running_mean!.equal(trained.running_mean!));
        Assert.True(copy.running_var!.equal(trained.running_var!));
        Assert.Equal(3L, copy.num_batches_tracked!.item<long>());

        var moved = copy.to(ScalarType.Float64);
        Assert.Equal(ScalarType.Float64, moved.running_mean!.dtype);
        Assert.Equal(ScalarType.Int64, moved.num_batches_tracked!.dtype);
    }

    [Fact]
    public void LayerNormNormalizesEachSampleAlike()
    {
        manual_seed(3);
        var ln = LayerNorm([2, 3]);
        var x = randn(4, 2, 3).mul(5).add(2);
        var y = ln.call(x);
        Assert.True(y.mean([1, 2]).abs().max().item<float>() < 1e-5);
        Assert.True(y.var([1, 2], unbiased: false).sub(1).abs().max().item<float>() < 1e-3);
        ln.eval();
        Assert.True(ln.call(x).equal(y));
    }

    [Fact]
    public void ModulesPrintLikePyTorch()
    {
        Assert.Equal("BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)", BatchNorm2d(16).ToString());
        Assert.Equal("BatchNorm1d(4, eps=0.001, momentum=None, affine=False, track_running_stats=True)",
            BatchNorm1d(4, eps: 1e-3, momentum: null, affine: false).ToString());
        Assert.Equal("LayerNorm((5,), eps=1e-05, elementwise_affine=True)", LayerNorm(5).ToString());
        Assert.Equal("LayerNorm((2, 3), eps=1e-05, elementwise_affine=False)", LayerNorm([2, 3], elementwise_affine: false).ToString());
    }
}
