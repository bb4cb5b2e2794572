using static AstroDL.torch;

namespace AstroDL.Tests.Autograd;

public class EngineTests
{
    private static Tensor Leaf() => tensor(new float[] { 1, 2 }, requires_grad: true);

    [Fact]
    public void GradientsAccumulateOverBackwardCalls()
    {
        var x = Leaf();
        x.mul(3).sum().backward();
        x.mul(x).sum().backward();
        Assert.Equal(new float[] { 5, 7 }, x.grad!.data<float>().ToArray());
    }

    [Fact]
    public void BackwardTwiceNeedsRetainGraph()
    {
        var x = Leaf();
        var y = x.exp().sum();
        y.backward();
        var error = Assert.Throws<InvalidOperationException>(() => y.backward());
        Assert.Contains("second time", error.Message);
        Assert.Contains("retain_graph", error.Message);

        var z = Leaf();
        var w = z.exp().sum();
        w.backward(retain_graph: true);
        w.backward();
        Assert.True(z.grad!.allclose(z.detach().exp().mul(2)));
    }

    [Fact]
    public void NoGradStopsRecording()
    {
        var x = Leaf();
        Tensor y;
        using (no_grad())
        {
            y = x.mul(2);
            Assert.False(is_grad_enabled());
            using (enable_grad()) Assert.True(x.mul(2).requires_grad);
        }
        Assert.True(is_grad_enabled());
        Assert.False(y.requires_grad);
        Assert.Null(y.grad_fn);
        Assert.True(x.mul(2).requires_grad);
    }

    [Fact]
    public void NoGradIsPerThread()
    {
        var x = Leaf();
        bool recordedElsewhere = false;
        using (no_grad())
        {
            var other = new Thread(() => recordedElsewhere = x.mul(2).requires_grad);
            other.Start();
            other.Join();
        }
        Assert.True(recordedElsewhere);
        var disabling = new Thread(() => _ = no_grad());
        disabling.Start();
        disabling.Join();
        Assert.True(x.mul(2).requires_grad);
    }

    [Fact]
    public void DetachSharesStorageButLeavesTheGraph()
    {
        var x = Leaf();
        var d = x.detach();
        Assert.False(d.requires_grad);
        Assert.Same(x.storage, d.storage);
        d.add_(1);
        Assert.Equal(new float[] { 2, 3 }, x.data<float>().ToArray());
        var h = x.mul(2);
        Assert.True(h.detach().is_leaf);
    }

    [Fact]
    public void NonScalarBackwardNeedsAGradient()
    {
        var x = Leaf();
        var error = Assert.Throws<InvalidOperationException>(() => x.mul(2).backward());
        Assert.Contains("scalar", error.Message);
        Assert.Contains("[2]", error.Message);
        Assert.Throws<ArgumentException>(() => x.mul(2).backward(ones(3)));
        x.mul(2).backward(tensor(new float[] { 1, 10 }));
        Assert.Equal(new float[] { 2, 20 }, x.grad!.data<float>().ToArray());
        Assert.Contains("does not require a gradient", Assert.Throws<InvalidOperationException>(() => ones(1).sum().backward()).Message);
    }

    [Fact]
    public void LongChainsBackpropagateWithoutRecursion()
    {
        var x = tensor(new double[] { 1 }, requires_grad: true);
        var y = x;
        for (int i = 0; i < 10_000; i++) y = y.mul(1.0001).add(x.mul(0));
        y.sum().backward();
        Assert.Equal(Math.Pow(1.0001, 10_000), x.grad!.ToDouble(), 9);
    }

    [Fact]
    public void OrderIsDeterministic()
    {
        // Many paths meet at one leaf: summing their gradients in a fixed order gives bit-identical results.
        static float[] Run()
        {
            var x = randn([64], requires_grad: true, generator: new Generator(7));
            var parts = Enumerable.Range(0, 50).Select(i => x.mul(x.add(i * 0.37)).sin()).ToList();
            var total = parts.Aggregate((a, b) => a.add(b.mul(1.3)));
            total.sum().backward();
            return x.grad!.data<float>().ToArray();
        }
        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void GradientsOnlyReachLeavesThatRequireThem()
    {
        var x = Leaf();
        var c = tensor(new float[] { 3, 4 });
        x.mul(c).sum().backward();
        Assert.Null(c.grad);
        Assert.Equal(new float[] { 3, 4 }, x.grad!.data<float>().ToArray());
        Assert.True(x.is_leaf);
        Assert.False(x.mul(c).is_leaf);
        Assert.Throws<InvalidOperationException>(() => x.mul(c).requires_grad = false);
    }
}
