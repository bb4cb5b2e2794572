using static AstroDL.torch;
using static AstroDL.torch.nn;
using F = AstroDL.torch.nn.functional;

namespace AstroDL.Tests.Losses;

/// <summary>Wrong arguments fail with a message that names the loss, the shapes and dtypes, and the fix.</summary>
public class LossErrorTests
{
    private static readonly Tensor Scores = zeros(6, 4);

    [Fact]
    public void FloatClassTargetsAreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => NLLLoss().call(zeros(64, 10), zeros(64)));
        Assert.StartsWith("nll_loss: targets must be int64 class indices; got float32 [64].", e.Message);
    }

    [Fact]
    public void FloatTargetsOfAnotherShapeAreNotTakenForClassProbabilities()
    {
        var e = Assert.Throws<ArgumentException>(() => F.cross_entropy(Scores, zeros(6)));
        Assert.Equal(
            "cross_entropy: float targets are class probabilities and must have the input's shape [6, 4]; got float32 [6]. " +
            "For class indices pass an int64 tensor (.to_type(ScalarType.Int64)).", e.Message);
    }

    [Fact]
    public void IntegerTargetOfAnElementwiseLossIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => F.binary_cross_entropy_with_logits(zeros(3), tensor(new long[] { 0, 1, 1 })));
        Assert.Equal(
            "binary_cross_entropy_with_logits: target must be a floating point tensor; got int64 [3]. " +
            "Convert it with .to_type(ScalarType.Float32).", e.Message);
    }

    [Fact]
    public void ClassIndexOutOfRangeIsNamed()
    {
        var target = tensor(new long[] { 0, 1, 7, 2, 3, 0 });
        var e = Assert.Throws<ArgumentException>(() => CrossEntropyLoss().call(Scores, target));
        Assert.Equal("cross_entropy: target 7 is out of range for 4 classes (valid: 0 to 3, or ignore_index -100).", e.Message);
    }

    [Fact]
    public void NegativeClassIndexIsOutOfRangeWithoutIgnoreIndex()
    {
        var target = tensor(new long[] { 0, -1, 2, 2, 3, 0 });
        var e = Assert.Throws<ArgumentException>(() => MultiMarginLoss().call(Scores, target));
        Assert.Equal("multi_margin_loss: target -1 is out of range for 4 classes (valid: 0 to 3).", e.Message);
    }

    [Fact]
    public void ShapeMismatchOfAnElementwiseLossIsAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => MSELoss().call(zeros(4, 1), zeros(4)));
        Assert.StartsWith("mse_loss: input [4, 1] and target [4] have different shapes.", e.Message);
    }

    [Fact]
    public void ClassTargetsOfTheWrongShapeAreNamed()
    {
        var e = Assert.Throws<ArgumentException>(() => F.nll_loss(Scores, zeros([6, 1], ScalarType.Int64)));
        Assert.Equal("nll_loss: input [6, 4] needs targets of shape [6] (one class index per sample); got [6, 1].", e.Message);
    }

    [Fact]
    public void ClassWeightMustHaveOneValuePerClass()
    {
        var e = Assert.Throws<ArgumentException>(() => CrossEntropyLoss(ones(3)).call(Scores, zeros([6], ScalarType.Int64)));
        Assert.Equal("cross_entropy: weight must hold one value per class, shape [4]; got [3].", e.Message);
    }

    [Fact]
    public void LogitsPassedToBCELossAreRefused()
    {
        var logits = tensor(new float[] { -2, 0.5f, 3 });
        var e = Assert.Throws<ArgumentException>(() => BCELoss().call(logits, ones(3)));
        Assert.Equal(
            "binary_cross_entropy: input values must be probabilities in [0, 1]; got values from -2 to 3. " +
            "For logits use binary_cross_entropy_with_logits (BCEWithLogitsLoss), or apply sigmoid first.", e.Message);
    }
}
