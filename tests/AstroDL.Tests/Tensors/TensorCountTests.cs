using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

/// <summary>TorchSharp's leak check: Tensor.TotalCount counts undisposed handles (tests here run one at a time).</summary>
public class TensorCountTests
{
    [Fact]
    public void TotalCountFollowsCreationAndDisposalAndPeakCountRemembersTheHighest()
    {
        long before = Tensor.TotalCount;
        var a = ones(3);
        var b = a.unsqueeze(0);
        Assert.Equal(before + 2, Tensor.TotalCount);
        Assert.True(Tensor.PeakCount >= before + 2);
        b.Dispose();
        b.Dispose();
        a.Dispose();
        Assert.Equal(before, Tensor.TotalCount);
        using (NewDisposeScope())
        {
            ones(2).add(1);
            Assert.Equal(before + 2, Tensor.TotalCount);
        }
        Assert.Equal(before, Tensor.TotalCount);
    }
}
