using AstroDL;
using static AstroDL.torch;

namespace AstroDL.Tests.Training;

/// <summary>A seeded 10-class problem in 784 dimensions: each class is a random prototype plus Gaussian noise.</summary>
internal static class SyntheticClasses
{
    public static (Tensor x, Tensor y) Make(long count, long seed, double noise = 1.0, long classes = 10, long features = 784)
    {
        var prototypes = randn([classes, features], generator: new Generator(12345));
        var generator = new Generator((ulong)seed);
        var labels = randint(0, classes, [count], generator: generator);
        var x = prototypes.index_select(0, labels).add(randn([count, features], generator: generator).mul(noise));
        return (x, labels);
    }
}
