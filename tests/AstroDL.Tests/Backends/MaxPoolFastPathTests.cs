using static AstroDL.torch;

namespace AstroDL.Tests.Backends;

/// <summary>2x2 pooling at stride 2 has a kernel of its own; it must choose exactly as the general one: first maximum, NaN wins.</summary>
public class MaxPoolFastPathTests
{
    /// <summary>
    /// Widths that give whole blocks of eight windows, a partial last block (stored masked, or one by one at the end
    /// of the array), and a last column outside every window.
    /// </summary>
    [Theory]
    [InlineData(6, 8)]
    [InlineData(6, 16)]
    [InlineData(5, 21)]
    [InlineData(4, 34)]
    [InlineData(14, 14)]
    [InlineData(28, 28)]
    public void TwoByTwoPoolingPicksTheFirstMaximumAndPassesTheGradientThere(int h, int w)
    {
        var rng = new System.Random(5 + w);
        int planes = 6, size = planes * h * w;
        var values = Enumerable.Range(0, size).Select(_ => (float)rng.Next(3)).ToArray();
        values[7] = float.NaN;
        values[size / 2 + 1] = float.NaN;
        values[size - 2 * w + 1] = float.NaN;
        var x = tensor(values, [2, 3, h, w]).requires_grad_();
        var (y, indices) = nn.functional.max_pool2d_with_indices(x, [2, 2]);
        y.backward(ones_like(y));
        var grad = x.grad!.data<float>().ToArray();
        var pooled = y.data<float>().ToArray();
        var chosen = indices.data<long>().ToArray();
        for (int plane = 0, o = 0; plane < planes; plane++)
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
                    Assert.Equal(best - plane * h * w, chosen[o]);
                    Assert.Equal(1f, grad[best]);
                }
            }
        }
        Assert.Equal(pooled.Length, grad.Count(g => g == 1f));
    }
}
