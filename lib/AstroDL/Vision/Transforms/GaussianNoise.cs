using static AstroDL.torch;

namespace AstroDL.Vision.Transforms
{
    /// <summary>Adds independent N(mean, sigma²) noise to every pixel, then (with clip) clamps to [0, 1] as torchvision does.</summary>
    internal sealed class GaussianNoise(double mean, double sigma, bool clip, Generator? generator) : ImageTransform(generator)
    {
        protected override Tensor Apply(Tensor image)
        {
            var noisy = image.add(Normal(image, mean, sigma));
            return clip ? noisy.clamp(0, 1) : noisy;
        }
    }
}

namespace AstroDL
{
    public static partial class torchvision
    {
        public static partial class transforms
        {
            /// <summary>
            /// Adds Gaussian noise N(mean, sigma²) to each pixel. With clip (torchvision's default) the result is clamped to
            /// [0, 1], the range of image intensities; pass clip: false for data on another scale (standardized sky images).
            /// </summary>
            public static ITransform GaussianNoise(double mean = 0, double sigma = 0.1, bool clip = true, torch.Generator? generator = null) =>
                sigma >= 0
                    ? new Vision.Transforms.GaussianNoise(mean, sigma, clip, generator)
                    : throw new ArgumentException($"GaussianNoise: sigma must not be negative, got {sigma}.");
        }
    }
}
