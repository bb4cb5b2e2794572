using static AstroDL.torch;

namespace AstroDL.Vision.Transforms
{
    /// <summary>
    /// Turns each square image by 0, 90, 180 or 270 degrees, each equally likely. Sky images have no preferred
    /// orientation, and quarter turns move pixels exactly, without interpolation.
    /// </summary>
    internal sealed class RandomRot90(Generator? generator) : ImageTransform(generator)
    {
        protected override Tensor Apply(Tensor image)
        {
            if (image.shape[1] != image.shape[2])
                throw new ArgumentException($"RandomRot90: quarter turns keep the shape only of square images, got {image.ShapeText}.");
            var k = Integer(0, 4);
            return k == 0 ? image : image.rot90(k, (-2, -1));
        }
    }
}

namespace AstroDL
{
    public static partial class torchvision
    {
        public static partial class transforms
        {
            /// <summary>Turns each square image by a random multiple of 90° (counter-clockwise), each equally likely.</summary>
            public static ITransform RandomRot90(torch.Generator? generator = null) => new Vision.Transforms.RandomRot90(generator);
        }
    }
}
