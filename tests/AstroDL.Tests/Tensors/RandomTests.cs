using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class RandomTests
{
    private static (float[] rand, float[] randn, long[] randint, long[] randperm) Draw(long seed)
    {
        manual_seed(seed);
        return (rand(100).data<float>().ToArray(), randn(101).data<float>().ToArray(),
            randint(0, 10, [50]).data<long>().ToArray(), randperm(20).data<long>().ToArray());
    }

    [Fact]
    public void ManualSeedRepeatsEveryKindOfDraw()
    {
        var a = Draw(42);
        var b = Draw(42);
        Assert.Equal(a.rand, b.rand);
        Assert.Equal(a.randn, b.randn);
        Assert.Equal(a.randint, b.randint);
        Assert.Equal(a.randperm, b.randperm);
    }

    [Fact]
    public void DifferentSeedsAndLaterDrawsDiffer()
    {
        var a = Draw(1);
        var b = Draw(2);
        Assert.NotEqual(a.rand, b.rand);
        Assert.NotEqual(a.randn, b.randn);
        Assert.NotEqual(a.randperm, b.randperm);
        manual_seed(1);
        Assert.NotEqual(rand(100).data<float>().ToArray(), rand(100).data<float>().ToArray());
    }

    [Fact]
    public void DrawsDoNotDependOnHowTheyAreSplit()
    {
        // Element i comes from counter i / 4: one draw of 8 equals two draws of 4 (a draw starts on a fresh counter).
        manual_seed(3);
        var whole = rand(8).data<float>().ToArray();
        manual_seed(3);
        var halves = rand(4).data<float>().Concat(rand(4).data<float>()).ToArray();
        Assert.Equal(whole, halves);
    }

    [Fact]
    public void NormalSamplesHaveMeanZeroAndStdOne()
    {
        var x = randn([100_000], float64, generator: new Generator(11));
        Assert.InRange(x.mean().ToDouble(), -0.01, 0.01);
        Assert.InRange(x.std().ToDouble(), 0.99, 1.01);
        var shifted = normal(5, 2, [100_000], float64, generator: new Generator(12));
        Assert.InRange(shifted.mean().ToDouble(), 4.97, 5.03);
        Assert.InRange(shifted.std().ToDouble(), 1.98, 2.02);
    }

    [Fact]
    public void UniformSamplesLieInZeroToOne()
    {
        var x = rand([100_000], generator: new Generator(13));
        Assert.True(x.min().ToSingle() >= 0);
        Assert.True(x.max().ToSingle() < 1);
        Assert.InRange(x.to_type(float64).mean().ToDouble(), 0.49, 0.51);
        var ints = randint(-3, 4, [10_000], generator: new Generator(14));
        Assert.Equal(-3, ints.min().ToInt64());
        Assert.Equal(3, ints.max().ToInt64());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), randperm(50, new Generator(15)).data<long>().Order());
    }

    [Fact]
    public void GeneratorsAreIndependentOfTheDefaultOne()
    {
        var a = rand([10], generator: new Generator(5)).data<float>().ToArray();
        manual_seed(99);
        _ = rand(10);
        var b = rand([10], generator: new Generator(5)).data<float>().ToArray();
        Assert.Equal(a, b);
    }

    [Fact]
    public void MatmulIsBitIdenticalOnOneAndTwoThreads()
    {
        var a = randn([300, 400], generator: new Generator(21));
        var b = randn([400, 500], generator: new Generator(22));
        int saved = get_num_threads();
        try
        {
            set_num_threads(1);
            var one = a.matmul(b).data<float>().ToArray();
            set_num_threads(2);
            var two = a.matmul(b).data<float>().ToArray();
            Assert.Equal(one, two);
        }
        finally
        {
            set_num_threads(saved);
        }
        Assert.Throws<ArgumentException>(() => set_num_threads(0));
    }

    [Fact]
    public void NewRandomInsideTheKitsNamespaceIsSystemRandom()
    {
        // The kit once had a namespace AstroDL.Random that hid System.Random in code under AstroDL.*.
        var random = new Random(3);
        Assert.IsType<System.Random>(random);
    }
}
