using static AstroDL.torch;

namespace AstroDL.Vision.Transforms
{
    /// <summary>
    /// Pads each image by padding pixels of fill on every side, then cuts out a height × width window at a random
    /// position: small random shifts that teach a model not to depend on exact pixel positions.
    /// </summary>
    internal sealed class RandomCrop(long height, long width, long padding, double fill, Generator? generator) : ImageTransform(generator)
    {
        protected override Tensor Apply(Tensor image)
        {
            var padded = padding == 0 ? image : Pad(image);
            long spareRows = padded.shape[1] - height, spareColumns = padded.shape[2] - width;
            if (spareRows < 0 || spareColumns < 0)
                throw new ArgumentException(
                    $"RandomCrop: a {height} x {width} crop does not fit in the image {image.ShapeText} padded by {padding}.");
            var top = Integer(0, spareRows + 1);
            var left = Integer(0, spareColumns + 1);
            return padded.narrow(1, top, height).narrow(2, left, width);
        }

        private Tensor Pad(Tensor image)
        {
            long channels = image.shape[0], rows = image.shape[1];
            var side = full([channels, rows, padding], fill, image.dtype, image.device);
            var wide = cat([side, image, side], 2);
            var band = full([channels, padding, wide.shape[2]], fill, image.dtype, image.device);
            return cat([band, wide, band], 1);
        }
    }
}

namespace AstroDL
{
    public static partial class torchvision
    {
        public static partial class transforms
        {
            /// <summary>A random size × size window of each image after padding it by padding pixels of fill on every side.</summary>
            public static ITransform RandomCrop(int size, int padding = 0, double fill = 0, torch.Generator? generator = null) =>
                RandomCrop((size, size), padding, fill, generator);

            /// <summary>A random (height, width) window of each image after padding it by padding pixels of fill on every side.</summary>
            public static ITransform RandomCrop((int height, int width) size, int padding = 0, double fill = 0, torch.Generator? generator = null) =>
                size.height > 0 && size.width > 0 && padding >= 0
                    ? new Vision.Transforms.RandomCrop(size.height, size.width, padding, fill, generator)
                    : throw new ArgumentException($"RandomCrop: the size ({size.height}, {size.width}) must be positive and the padding ({padding}) not negative.");
        }
    }
}
