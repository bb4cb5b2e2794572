using static AstroDL.torch;

namespace AstroDL.Tests.Backends;

/// <summary>
/// Large contiguous pointwise ops (copy, fill, unary, binary) are split over the worker threads: every element must
/// come out as one thread computes it, including the last elements of an odd-sized tensor.
/// </summary>
public class ParallelElementwiseTests
{
    [Fact]
    public void LargeOpsGiveTheSameElementsWithOneAndTwoThreads()
    {
        long n = (1 << 18) + 12345;
        manual_seed(3);
        var x = randn(n);
        var y = randn(n);
        int saved = get_num_threads();
        try
        {
            var results = new List<float[][]>();
            foreach (int threads in new[] { 1, 2 })
            {
                set_num_threads(threads);
                results.Add([
                    x.relu().data<float>().ToArray(),
                    x.exp().data<float>().ToArray(),
                    x.mul(y).add(1).data<float>().ToArray(),
                    x.clone().data<float>().ToArray(),
                    full([n], 2.5f).data<float>().ToArray(),
                    nn.functional.relu(x.requires_grad_()).data<float>().ToArray(),
                ]);
                x = x.detach();
            }
            for (int op = 0; op < results[0].Length; op++) Assert.Equal(results[0][op], results[1][op]);
            var xs = x.data<float>().ToArray();
            var relu = results[1][0];
            Assert.Equal(Math.Max(xs[^1], 0f), relu[^1]);
            Assert.Equal(Math.Max(xs[0], 0f), relu[0]);
            Assert.All(results[1][4], v => Assert.Equal(2.5f, v));
        }
        finally
        {
            set_num_threads(saved);
        }
    }
}
