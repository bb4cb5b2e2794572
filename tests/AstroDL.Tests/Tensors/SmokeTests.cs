using AstroDL;
using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class SmokeTests
{
    [Fact]
    public void MatmulAndBackwardWork()
    {
        var a = tensor(new float[] { 1, 2, 3, 4, 5, 6 }, [2, 3], requires_grad: true);
        var b = tensor(new float[] { 1, 0, 0, 1, 1, 1 }, [3, 2]);
        var c = a.matmul(b);
        Assert.Equal(new float[] { 4, 5, 10, 11 }, c.data<float>().ToArray());
        c.sum().backward();
        Assert.Equal(new float[] { 1, 1, 2, 1, 1, 2 }, a.grad!.data<float>().ToArray());
    }
}
