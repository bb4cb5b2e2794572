using AstroDL.Backends.Cpu;
using AstroDL.Tests.Tensors;
using static AstroDL.torch;

namespace AstroDL.Tests.Backends;

/// <summary>When storage goes back to the pool, and when it must not. Poison mode is global, so nothing runs beside these.</summary>
public class BufferPoolTests
{
    [Fact]
    public void DisposedStorageIsReusedForTheNextTensorOfItsSize()
    {
        var t = empty(4099);
        var array = CpuBackend.Data(t.View);
        t.Dispose();
        Assert.Same(array, CpuBackend.Data(empty(4099).View));
    }

    [Fact]
    public void AViewKeepsTheStorageAliveWhenItsBaseIsDisposed()
    {
        var t = arange(1000).to_type(ScalarType.Float32);
        var view = t.narrow(0, 10, 5);
        var array = CpuBackend.Data(t.View);
        t.Dispose();
        var next = full([1000], 7f);
        Assert.NotSame(array, CpuBackend.Data(next.View));
        Assert.Equal(new[] { 10f, 11f, 12f, 13f, 14f }, view.data<float>().ToArray());
    }

    [Fact]
    public void ATensorThatIsNeverDisposedKeepsItsStorage()
    {
        var kept = full([777], 3f);
        using (NewDisposeScope())
        {
            _ = kept.add(1);
        }
        _ = full([777], 9f);
        Assert.All(kept.data<float>().ToArray(), v => Assert.Equal(3f, v));
    }

    [Fact]
    public void AWriteToAReturnedBufferIsCaughtInPoisonMode()
    {
        bool saved = CpuBufferPool.Poison;
        CpuBufferPool.Poison = true;
        try
        {
            var t = empty(333);
            var array = CpuBackend.Data<float>(t.View);
            t.Dispose();
            Assert.True(float.IsNaN(array[5]), "a returned buffer is filled with NaN");
            array[5] = 1;
            var error = Assert.Throws<InvalidOperationException>(() => empty(333));
            Assert.Contains("written after it was returned", error.Message);
        }
        finally
        {
            CpuBufferPool.Poison = saved;
            CpuBufferPool.Clear();
        }
    }

    [Fact]
    public void ADisposedTensorCannotBeUsed()
    {
        var t = ones(3);
        t.Dispose();
        Assert.Throws<ObjectDisposedException>(() => t.add(1));
    }

    [Fact]
    public void AGradientTheUserReadSurvivesZeroGrad()
    {
        var layer = nn.Linear(3, 2);
        layer.forward(ones(4, 3)).sum().backward();
        var seen = layer.weight.grad!;
        var before = seen.data<float>().ToArray();
        layer.zero_grad();
        Assert.Null(layer.weight.grad);
        _ = full([2, 3], 5f);
        Assert.Equal(before, seen.data<float>().ToArray());
    }
}
