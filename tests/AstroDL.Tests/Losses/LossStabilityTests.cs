using AstroDL.Tests.Fixtures;
using static AstroDL.torch;
using F = AstroDL.torch.nn.functional;

namespace AstroDL.Tests.Losses;

/// <summary>Losses on logits of ±1000 (where a naive exp overflows) stay finite, with the exact values, in float32.</summary>
public class LossStabilityTests
{
    [Fact]
    public void BinaryCrossEntropyWithLogitsIsFiniteForHugeLogits()
    {
        var logits = tensor(new float[] { 1000, -1000, 1000, -1000 }, requires_grad: true);
        var target = tensor(new float[] { 0, 1, 1, 0 });
        var loss = F.binary_cross_entropy_with_logits(logits, target);
        loss.backward();
        // Two confidently wrong answers cost 1000 each; the gradient is (sigmoid(x) − t) / 4.
        Assert.Equal(500f, loss.item<float>());
        Assert.Equal(new float[] { 0.25f, -0.25f, 0, 0 }, logits.grad!.data<float>().ToArray());
    }

    [Fact]
    public void CrossEntropyIsFiniteForHugeLogits()
    {
        var logits = tensor(new float[] { 1000, -1000, 0, -1000, 1000, 0 }, [2, 3], requires_grad: true);
        var target = tensor(new long[] { 1, 1 });
        var loss = F.cross_entropy(logits, target);
        loss.backward();
        // Row 0 puts all mass on class 0 (loss 2000), row 1 on its target (loss 0); the gradient is (softmax − onehot) / 2.
        Assert.Equal(1000f, loss.item<float>());
        PyTorchFixtures.AssertClose(tensor(new float[] { 0.5f, -0.5f, 0, 0, 0, 0 }, [2, 3]), logits.grad!, atol: 1e-6, what: "gradient");
    }

    [Fact]
    public void BinaryCrossEntropyOfCertainProbabilitiesHasFiniteGradients()
    {
        var p = tensor(new float[] { 0, 1, 0, 1 }, requires_grad: true);
        var target = tensor(new float[] { 0, 1, 1, 0 });
        var loss = F.binary_cross_entropy(p, target, reduction: nn.Reduction.Sum);
        loss.backward();
        // PyTorch floors each log at −100, so the two wrong certainties cost 100 each.
        Assert.Equal(200f, loss.item<float>());
        Assert.All(p.grad!.data<float>().ToArray(), g => Assert.True(float.IsFinite(g)));
    }
}
