using static AstroDL.torch;

namespace AstroDL.Vision.Transforms
{
    /// <summary>
    /// Scales each image's brightness by a factor drawn from [minBrightness, maxBrightness], then its contrast (the
    /// spread about its mean grey level) by one drawn from [minContrast, maxContrast], clamping to [0, 1] after each
    /// as torchvision does for float images.
    /// </summary>
    internal sealed class ColorJitter(double minBrightness, double maxBrightness, double minContrast, double maxContrast, Generator? generator)
        : ImageTransform(generator)
    {
        protected override Tensor Apply(Tensor image)
        {
            var brightness = Uniform(minBrightness, maxBrightness);
            var contrast = Uniform(minContrast, maxContrast);
            var x = brightness == 1 ? image : image.mul(brightness).clamp(0, 1);
            return contrast == 1 ? x : x.mul(contrast).add(Grey(x).mul(1 - contrast)).clamp(0, 1);
        }

        // The mean grey level: luma weights for RGB images (as torchvision), the plain mean otherwise.
        private static Tensor Grey(Tensor image)
        {
            if (image.shape[0] != 3) return image.mean();
            var luma = tensor(new[] { 0.2989, 0.587, 0.114 }, [3, 1, 1], image.dtype, image.device);
            return image.mul(luma).sum(0).mean();
        }
    }
}

namespace AstroDL
{
    public static partial class torchvision
    {
        public static partial class transforms
        {
            /// <summary>Multiplies every pixel by brightness_factor (0 gives black, 1 the original), clamped to [0, 1].</summary>
            public static ITransform AdjustBrightness(double brightness_factor) =>
                brightness_factor >= 0
                    ? new Vision.Transforms.ColorJitter(brightness_factor, brightness_factor, 1, 1, null)
                    : throw new ArgumentException($"AdjustBrightness: the factor must not be negative, got {brightness_factor}.");

            /// <summary>
            /// Random brightness and contrast: each image's brightness is scaled by a factor drawn from
            /// [max(0, 1 − brightness), 1 + brightness], then its contrast by one from [max(0, 1 − contrast), 1 + contrast]
            /// (always in that order, unlike torchvision's random order), each result clamped to [0, 1].
            /// </summary>
            public static ITransform ColorJitter(double brightness = 0, double contrast = 0, torch.Generator? generator = null) =>
                brightness >= 0 && contrast >= 0
                    ? new Vision.Transforms.ColorJitter(Math.Max(0, 1 - brightness), 1 + brightness, Math.Max(0, 1 - contrast), 1 + contrast, generator)
                    : throw new ArgumentException($"ColorJitter: brightness ({brightness}) and contrast ({contrast}) must not be negative.");
        }
    }
}
