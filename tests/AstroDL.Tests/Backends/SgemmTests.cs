using AstroDL;
using AstroDL.Backends.Cpu;
using static AstroDL.torch;

namespace AstroDL.Tests.Backends;

public class SgemmTests
{
    /// <summary>
    /// A rows x cols float32 operand that is not plainly contiguous: a narrowed view of a wider buffer (row stride
    /// larger than cols), or, transposed, a view whose rows run down memory (column stride larger than 1).
    /// </summary>
    private static Tensor Operand(long rows, long cols, bool transposed, System.Random rng, long[]? batch = null)
    {
        long[] lead = batch ?? [];
        long inner = transposed ? rows : cols, outer = transposed ? cols : rows;
        var values = new float[Count(lead) * outer * (inner + 3)];
        for (int i = 0; i < values.Length; i++) values[i] = (float)(rng.NextDouble() * 2 - 1);
        var wide = tensor(values, [.. lead, outer, inner + 3]).narrow(-1, 1, inner);
        return transposed ? wide.mT : wide;
    }

    private static long Count(long[] shape) => shape.Aggregate(1L, (x, y) => x * y);

    /// <summary>Checks one [M,K]x[K,N] product (per batch) against float64 sums, with a bound of 1e-6·K times Σ|a·b|.</summary>
    private static void AssertProduct(Tensor a, Tensor b, Tensor c)
    {
        var ad = a.contiguous().data<float>().ToArray();
        var bd = b.contiguous().data<float>().ToArray();
        var cd = c.data<float>().ToArray();
        long m = a.shape[^2], k = a.shape[^1], n = b.shape[^1];
        long batches = Count(c.shape[..^2]);
        Assert.Equal(batches, ad.Length / (m * k));
        Assert.Equal(batches, bd.Length / (k * n));
        for (long t = 0; t < batches; t++)
        {
            for (long i = 0; i < m; i++)
            {
                for (long j = 0; j < n; j++)
                {
                    double sum = 0, magnitude = 0;
                    for (long p = 0; p < k; p++)
                    {
                        double term = (double)ad[(t * m + i) * k + p] * bd[(t * k + p) * n + j];
                        sum += term;
                        magnitude += Math.Abs(term);
                    }
                    double error = Math.Abs(cd[(t * m + i) * n + j] - sum);
                    Assert.True(error <= 1e-6 * (k + 1) * magnitude + 1e-30,
                        $"C[{t},{i},{j}] = {cd[(t * m + i) * n + j]}, expected {sum} (M={m} K={k} N={n}).");
                }
            }
        }
    }

    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 1 },
        { 7, 13, 5 },
        { 65, 33, 129 },
        { 6, 1, 16 },
        { 13, 1, 31 },
        { 12, 300, 32 },
        { 5, 17, 15 },
        { 151, 270, 47 },
        { 64, 784, 128 },
        { 784, 64, 128 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void MatchesFloat64ReferenceForAllTransposeCombinations(int m, int k, int n)
    {
        var rng = new System.Random(m * 1000003 + k * 1009 + n);
        foreach (bool ta in new[] { false, true })
        {
            foreach (bool tb in new[] { false, true })
            {
                var a = Operand(m, k, ta, rng);
                var b = Operand(k, n, tb, rng);
                var c = a.matmul(b);
                Assert.Equal(new long[] { m, n }, c.shape);
                AssertProduct(a, b, c);
            }
        }
    }

    [Fact]
    public void BatchedProductsBroadcast()
    {
        var rng = new System.Random(7);
        var a = Operand(9, 20, false, rng, [3]);
        var b = Operand(20, 17, true, rng);
        AssertProduct(a, b.expand(3, 20, 17), a.matmul(b));

        var a1 = Operand(8, 11, true, rng, [1]);
        var b3 = Operand(11, 19, false, rng, [3]);
        AssertProduct(a1.expand(3, 8, 11), b3, a1.matmul(b3));

        var a4 = Operand(7, 10, false, rng, [2, 1]);
        var b4 = Operand(10, 18, true, rng, [3]);
        var c4 = a4.matmul(b4);
        Assert.Equal(new long[] { 2, 3, 7, 18 }, c4.shape);
        AssertProduct(a4.expand(2, 3, 7, 10), b4.expand(2, 3, 10, 18), c4);
    }

    [Fact]
    public void OneWeightForEveryBatchIsPackedOnceAcrossBlocksOfK()
    {
        // A broadcast A (a convolution's weight): K in three blocks, or rows in three blocks (the last one partial), row-major
        // and transposed, with 1 and 2 threads.
        var rng = new System.Random(13);
        int saved = get_num_threads();
        try
        {
            foreach (var (m, k) in new[] { (20, 600), (290, 100) })
            {
                foreach (bool transposed in new[] { false, true })
                {
                    var w = Operand(m, k, transposed, rng, [1]);
                    var b = Operand(k, 37, false, rng, [4]);
                    set_num_threads(1);
                    var one = w.matmul(b);
                    AssertProduct(w.expand(4, m, k), b, one);
                    set_num_threads(2);
                    Assert.Equal(one.data<float>().ToArray(), w.matmul(b).data<float>().ToArray());
                }
            }
        }
        finally
        {
            set_num_threads(saved);
        }
    }

    [Fact]
    public void EmptyInnerDimensionGivesZeros()
    {
        var c = zeros([4, 0]).matmul(zeros([0, 5]));
        Assert.All(c.data<float>().ToArray(), x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Float64StaysExact()
    {
        var a = tensor(new double[] { 1, 2, 3, 4, 5, 6 }, [2, 3]);
        var b = tensor(new double[] { 7, 8, 9, 10, 11, 12 }, [3, 2]);
        Assert.Equal(new double[] { 58, 64, 139, 154 }, a.matmul(b).data<double>().ToArray());
    }

    [Fact]
    public void ResultIsBitIdenticalForOneAndTwoThreads()
    {
        var rng = new System.Random(11);
        var a = Operand(300, 400, false, rng);
        var b = Operand(400, 500, false, rng);
        var at = Operand(300, 400, true, rng);
        int saved = get_num_threads();
        try
        {
            set_num_threads(1);
            var one = a.matmul(b).data<float>().ToArray();
            var oneT = at.matmul(b).data<float>().ToArray();
            set_num_threads(2);
            var two = a.matmul(b).data<float>().ToArray();
            var twoT = at.matmul(b).data<float>().ToArray();
            Assert.Equal(one, two);
            Assert.Equal(oneT, twoT);
        }
        finally
        {
            set_num_threads(saved);
        }
    }

    [Fact]
    public void ParallelOnlyWhenTheWorkersGetEvenShares()
    {
        // Two row blocks of a convolution's weight gradient, one per worker.
        Assert.Equal(Sgemm.Split.Rows, Sgemm.Plan(1, 288, 64, 64 * 196, threads: 2));
        Assert.Equal(Sgemm.Split.Serial, Sgemm.Plan(1, 2048, 2048, 2048, threads: 1));
        Assert.Equal(Sgemm.Split.Rows, Sgemm.Plan(1, 2048, 2048, 2048, threads: 2));
        Assert.Equal(Sgemm.Split.Columns, Sgemm.Plan(1, 64, 128, 784, threads: 2));
        Assert.Equal(Sgemm.Split.Serial, Sgemm.Plan(1, 8, 8, 8, threads: 2));
        // Three row blocks and one column panel cannot give two blocks to each of two workers.
        Assert.Equal(Sgemm.Split.Serial, Sgemm.Plan(1, 3 * Sgemm.MC, 16, 4096, threads: 2));
        Assert.Equal(Sgemm.Split.Rows, Sgemm.Plan(4, 64, 64, 1024, threads: 2));
    }

    public static TheoryData<int, int, int, int> SharedShapes => new()
    {
        { 3, 9, 20, 17 },
        { 5, 64, 196, 288 },
        { 4, 7, 300, 33 },
        // Few tiles and a long batch: summed in fixed groups of batches, spread over the threads (a first convolution's weight gradient).
        { 64, 9, 784, 32 },
    };

    /// <summary>
    /// A product into a C with batch stride 0 sums the batch (how a convolution's weight gradient sums its images), and
    /// with accumulate adds to what C held: checked against the float64 sums, bit-identical for 1 and 2 threads.
    /// </summary>
    [Theory]
    [MemberData(nameof(SharedShapes))]
    public void SharedOutputSumsTheBatchAndAccumulateAdds(int batches, int m, int k, int n)
    {
        var rng = new System.Random(batches * 31 + m);
        var a = Operand(m, k, false, rng, [batches]);
        var b = Operand(k, n, true, rng, [batches]);
        var start = Operand(m, n, false, rng).contiguous();
        // The expected sum is one product with the batch folded into K: [m, batches·k] x [batches·k, n].
        var aWide = a.permute(1, 0, 2).reshape(m, batches * k);
        var bTall = b.reshape(batches * k, n);
        int saved = get_num_threads();
        try
        {
            float[]? previous = null;
            foreach (int threads in new[] { 1, 2 })
            {
                set_num_threads(threads);
                var sum = empty(m, n);
                CpuBackendAccess.MatMul(a, b, sum, accumulate: false);
                AssertProduct(aWide, bTall, sum);
                var added = start.clone();
                CpuBackendAccess.MatMul(a, b, added, accumulate: true);
                AssertClose(start.add(sum), added);
                var values = added.data<float>().ToArray();
                if (previous is not null) Assert.Equal(previous, values);
                previous = values;
            }
        }
        finally
        {
            set_num_threads(saved);
        }
    }

    [Fact]
    public void OnlyASharedOutputWithFewTilesIsSummedInGroups()
    {
        // conv1's weight gradient (9 x 32: four tiles) is; conv2's (288 x 64) has tiles enough to split.
        Assert.True(Sgemm.SumsInGroups(empty(9, 32).View.With([64, 9, 32], [0, 32, 1]), 784));
        Assert.False(Sgemm.SumsInGroups(empty(288, 64).View.With([64, 288, 64], [0, 64, 1]), 196));
        Assert.False(Sgemm.SumsInGroups(empty(64, 9, 32).View, 784));
    }

    [Fact]
    public void SharedOutputSumsTheBatchInFloat64()
    {
        var a = arange(0, 24, 1, float64).reshape(2, 3, 4);
        var b = arange(0, 16, 1, float64).reshape(2, 4, 2);
        var expected = a[0].matmul(b[0]).add(a[1].matmul(b[1]));
        var c = ones([3, 2], float64);
        CpuBackendAccess.MatMul(a, b, c, accumulate: true);
        Assert.Equal(expected.add(1).data<double>().ToArray(), c.data<double>().ToArray());
    }

    private static void AssertClose(Tensor expected, Tensor actual)
    {
        var e = expected.data<float>().ToArray();
        var x = actual.data<float>().ToArray();
        for (int i = 0; i < e.Length; i++) Assert.True(Math.Abs(e[i] - x[i]) <= 1e-5f * (1 + Math.Abs(e[i])), $"element {i}: {x[i]} vs {e[i]}");
    }

    /// <summary>The backend call with c as one matrix shared by a's and b's batches (batch stride 0).</summary>
    private static class CpuBackendAccess
    {
        public static void MatMul(Tensor a, Tensor b, Tensor c, bool accumulate)
        {
            long batches = a.shape[0];
            var shared = c.View.With([batches, c.shape[0], c.shape[1]], [0, c.stride(0), c.stride(1)]);
            CpuBackend.Instance.MatMul(a.View, b.View, shared, accumulate);
        }
    }
}
