using static AstroDL.torch;

namespace AstroDL.Tests.Backends;

/// <summary>2x2 pooling at stride 2 has a kernel of its own; it must choose exactly as the general one: first maximum, NaN wins.</summary>
public class MaxPoolFastPathTests
{
    [Fact]
    public void TwoByTwoPoolingPicksTheFirstMaximumAndPassesTheGradientThere()
    {
        var rng = new System.Random(5);
        const int h = 6, w = 8;
        var values = Enumerable.Range(0, 2 * 3 * h * w).Select(_ => (float)rng.Next(3)).ToArray();
        values[7] = float.NaN;
        values[100] = float.NaN;
        var x = tensor(values, [2, 3, h, w]).requires_grad_();
        var y = nn.MaxPool2d(2).call(x);
        y.backward(ones_like(y));
        var grad = x.grad!.data<float>().ToArray();
        var pooled = y.data<float>().ToArray();
        for (int plane = 0, o = 0; plane < 6; plane++)
        {
            for (int oh = 0; oh < h / 2; oh++)
            {
                for (int ow = 0; ow < w / 2; ow++, o++)
                {
                    int best = -1;
                    foreach (var (dh, dw) in new[] { (0, 0), (0, 1), (1, 0), (1, 1) })
                    {
                        int at = plane * h * w + (2 * oh + dh) * w + 2 * ow + dw;
                        if (best < 0 || values[at] > values[best] || float.IsNaN(values[at])) best = at;
                    }
                    Assert.Equal(values[best], pooled[o]);
                    Assert.Equal(1f, grad[best]);
                }
            }
        }
        Assert.Equal(pooled.Length, grad.Count(g => g == 1f));
    }
}
