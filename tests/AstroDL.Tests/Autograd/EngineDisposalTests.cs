using AstroDL.Backends.Cpu;
using AstroDL.Tests.Tensors;
using static AstroDL.torch;

namespace AstroDL.Tests.Autograd;

/// <summary>
/// The engine disposes what backward made and lets leaves adopt their first gradient: the cases where one gradient
/// tensor reaches several places must still give the right sums. Run with poisoned pool buffers, so a gradient
/// freed too early shows up as NaN. Poison mode is global, so nothing runs beside these.
/// </summary>
public class EngineDisposalTests
{
    private static void Poisoned(Action test)
    {
        bool saved = CpuBufferPool.Poison;
        CpuBufferPool.Poison = true;
        CpuBufferPool.Clear();
        try
        {
            test();
        }
        finally
        {
            CpuBufferPool.Poison = saved;
            CpuBufferPool.Clear();
        }
    }

    private static float[] Values(Tensor t) => t.data<float>().ToArray();

    [Fact]
    public void ALeafAddedToItselfGetsTwiceTheGradient() => Poisoned(() =>
    {
        var x = tensor(new[] { 1f, 2f }).requires_grad_();
        x.add(x).sum().backward();
        Assert.Equal(new[] { 2f, 2f }, Values(x.grad!));
    });

    [Fact]
    public void AGradientSharedByALeafAndAPathBackToItIsNotChangedUnderThePath() => Poisoned(() =>
    {
        var x = tensor(new[] { 1f, -2f, 3f }).requires_grad_();
        // d/dx (x + 3x + x·x) = 4 + 2x.
        x.add(x.mul(3)).add(x.mul(x)).sum().backward();
        Assert.Equal(new[] { 6f, 0f, 10f }, Values(x.grad!));
    });

    [Fact]
    public void AGradientStillWaitingForANodeIsNotAdoptedByALeaf() => Poisoned(() =>
    {
        // Made in this order, backward meets y's gradient g at s and at m; s passes g on to a (a leaf) and to h, and m
        // adds into a's gradient before h has used g: a's gradient must not be g itself.
        var a = tensor(new[] { 1f, 2f }).requires_grad_();
        var h = a.mul(3);
        var m = a.mul(5);
        var s = a.add(h);
        s.add(m).sum().backward();
        Assert.Equal(new[] { 9f, 9f }, Values(a.grad!));
    });

    [Fact]
    public void GradientsAccumulateOverBackwardCallsAndThroughViews() => Poisoned(() =>
    {
        var w = tensor(new float[] { 1, 2, 3, 4, 5, 6 }, [2, 3]).requires_grad_();
        var y = w.t().matmul(ones(2, 1)).sum().add(w.sum());
        y.backward(retain_graph: true);
        y.backward();
        Assert.Equal(Enumerable.Repeat(4f, 6), Values(w.grad!));
    });

    [Fact]
    public void TheCallersTensorsOutliveBackward() => Poisoned(() =>
    {
        var x = tensor(new[] { 1f, 2f, 3f }).requires_grad_();
        var hidden = x.mul(2);
        var output = hidden.relu();
        var upstream = tensor(new[] { 1f, 1f, 2f });
        output.backward(upstream);
        Assert.Equal(new[] { 2f, 4f, 6f }, Values(output));
        Assert.Equal(new[] { 2f, 4f, 6f }, Values(hidden));
        Assert.Equal(new[] { 1f, 1f, 2f }, Values(upstream));
        Assert.Equal(new[] { 2f, 2f, 4f }, Values(x.grad!));
    });

    [Fact]
    public void ALeafThatIsTheRootKeepsACopyOfTheGivenGradient() => Poisoned(() =>
    {
        var x = tensor(new[] { 1f, 2f }).requires_grad_();
        var upstream = tensor(new[] { 3f, 4f });
        x.backward(upstream);
        upstream.mul_(0);
        Assert.Equal(new[] { 3f, 4f }, Values(x.grad!));
    });
}
