using static AstroDL.torch;

namespace AstroDL.Vision.Transforms
{
    /// <summary>Transforms applied one after another, each to the output of the one before.</summary>
    internal sealed class Compose(torchvision.ITransform[] transforms) : torchvision.ITransform
    {
        public Tensor call(Tensor input) => transforms.Aggregate(input, (x, t) => t.call(x));
    }
}

namespace AstroDL
{
    public static partial class torchvision
    {
        public static partial class transforms
        {
            /// <summary>Chains transforms: Compose(a, b).call(x) is b.call(a.call(x)).</summary>
            public static ITransform Compose(params ITransform[] transforms) => new Vision.Transforms.Compose(transforms);
        }
    }
}
