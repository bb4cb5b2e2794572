using static AstroDL.torch;

namespace AstroDL.Vision.Transforms
{
    /// <summary>Mirrors each image along one axis (-1: left–right, -2: top–bottom) with probability p.</summary>
    internal sealed class Flip(long dim, double p, Generator? generator) : ImageTransform(generator)
    {
        protected override Tensor Apply(Tensor image) => Chance(p) ? image.flip(dim) : image;
    }
}

namespace AstroDL
{
    public static partial class torchvision
    {
        public static partial class transforms
        {
            /// <summary>Mirrors images left–right.</summary>
            public static ITransform HorizontalFlip() => new Vision.Transforms.Flip(-1, 1, null);

            /// <summary>Mirrors images top–bottom.</summary>
            public static ITransform VerticalFlip() => new Vision.Transforms.Flip(-2, 1, null);

            /// <summary>Mirrors each image left–right with probability p.</summary>
            public static ITransform RandomHorizontalFlip(double p = 0.5, torch.Generator? generator = null) =>
                new Vision.Transforms.Flip(-1, CheckProbability(p), generator);

            /// <summary>Mirrors each image top–bottom with probability p.</summary>
            public static ITransform RandomVerticalFlip(double p = 0.5, torch.Generator? generator = null) =>
                new Vision.Transforms.Flip(-2, CheckProbability(p), generator);

            private static double CheckProbability(double p) =>
                p is >= 0 and <= 1 ? p : throw new ArgumentException($"transforms: p is a probability and must lie in [0, 1], got {p}.");
        }
    }
}
