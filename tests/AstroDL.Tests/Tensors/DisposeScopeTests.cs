using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class DisposeScopeTests
{
    [Fact]
    public void TensorsCreatedInsideAreDisposedAtTheEnd()
    {
        Tensor inside, view;
        var outside = ones(2);
        using (var scope = NewDisposeScope())
        {
            inside = outside.add(1);
            view = outside.unsqueeze(0);
            Assert.Equal(2, scope.Count);
        }
        Assert.True(inside.IsInvalid);
        Assert.True(view.IsInvalid);
        Assert.False(outside.IsInvalid);
        Assert.Equal("[disposed tensor]", inside.ToString());
        var error = Assert.Throws<ObjectDisposedException>(() => inside.sum());
        Assert.Contains("NewDisposeScope", error.Message);
        Assert.Contains("MoveToOuterDisposeScope", error.Message);
        Assert.Contains("[2]", error.Message);
    }

    [Fact]
    public void MoveToOuterDisposeScopeKeepsATensorForTheEnclosingScope()
    {
        Tensor kept;
        using (var outer = NewDisposeScope())
        {
            using (NewDisposeScope())
            {
                kept = ones(2).mul(3).MoveToOuterDisposeScope();
            }
            Assert.Equal(6f, kept.sum().ToSingle());
            Assert.Same(outer, kept.OwningScope);
        }
        Assert.True(kept.IsInvalid);
    }

    [Fact]
    public void DetachFromDisposeScopeKeepsATensorForGood()
    {
        Tensor kept;
        using (NewDisposeScope())
        {
            using (NewDisposeScope())
            {
                kept = ones(2).DetachFromDisposeScope();
            }
        }
        Assert.False(kept.IsInvalid);
        Assert.Equal(2f, kept.sum().ToSingle());
    }

    [Fact]
    public void DisposeEverythingButKeepsTheNamedTensors()
    {
        using var scope = NewDisposeScope();
        var a = ones(2);
        var b = zeros(2);
        scope.DisposeEverythingBut(a);
        Assert.False(a.IsInvalid);
        Assert.True(b.IsInvalid);
    }

    [Fact]
    public void GradientsSurviveTheScopeOfTheBackwardPass()
    {
        var x = ones([2], requires_grad: true);
        using (NewDisposeScope())
        {
            x.mul(2).sum().backward();
        }
        Assert.Equal(new float[] { 2, 2 }, x.grad!.data<float>().ToArray());
    }
}
