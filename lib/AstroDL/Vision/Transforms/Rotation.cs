using static AstroDL.torch;

namespace AstroDL.Vision.Transforms
{
    /// <summary>Rotates each image by an angle drawn uniformly from [minDegrees, maxDegrees] (a fixed angle when they are equal).</summary>
    internal sealed class Rotation(double minDegrees, double maxDegrees, InterpolationMode interpolation, (int x, int y)? center,
        IList<float>? fill, Generator? generator) : ImageTransform(generator)
    {
        private readonly float[] fillValues = fill?.ToArray() ?? [0f];

        protected override Tensor Apply(Tensor image)
        {
            var degrees = Uniform(minDegrees, maxDegrees);
            // torchvision's centre is in continuous pixel coordinates (0 at the image's edge), so pixel centres sit at +0.5.
            double centreX = center is { } c ? c.x - 0.5 : (image.shape[2] - 1) / 2.0;
            double centreY = center is { } d ? d.y - 0.5 : (image.shape[1] - 1) / 2.0;
            return RotationSampler.Rotate(image, degrees, interpolation, centreX, centreY, fillValues);
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
            /// Rotates images counter-clockwise by angle degrees about center (x, y) in pixels from the top-left corner
            /// (default: the middle), keeping their size; the corners that come from outside the image take fill (one value,
            /// or one per channel; default 0).
            /// </summary>
            public static ITransform Rotate(float angle, torch.InterpolationMode interpolation = torch.InterpolationMode.Nearest, (int, int)? center = null,
                IList<float>? fill = null) =>
                new Vision.Transforms.Rotation(angle, angle, Supported("Rotate", interpolation), center, fill, null);

            /// <summary>Rotates each image by an angle drawn uniformly from [−degrees, degrees]; see Rotate.</summary>
            public static ITransform RandomRotation(double degrees, torch.InterpolationMode interpolation = torch.InterpolationMode.Nearest, (int, int)? center = null,
                IList<float>? fill = null, torch.Generator? generator = null) =>
                RandomRotation((-Math.Abs(degrees), Math.Abs(degrees)), interpolation, center, fill, generator);

            /// <summary>Rotates each image by an angle drawn uniformly from degrees = (min, max); see Rotate.</summary>
            public static ITransform RandomRotation((double, double) degrees, torch.InterpolationMode interpolation = torch.InterpolationMode.Nearest,
                (int, int)? center = null, IList<float>? fill = null, torch.Generator? generator = null) =>
                degrees.Item1 <= degrees.Item2
                    ? new Vision.Transforms.Rotation(degrees.Item1, degrees.Item2, Supported("RandomRotation", interpolation), center, fill, generator)
                    : throw new ArgumentException($"RandomRotation: the range of degrees ({degrees.Item1}, {degrees.Item2}) must have min ≤ max.");

            /// <summary>The interpolation modes the geometric transforms implement; the others of the shared enum are refused.</summary>
            private static torch.InterpolationMode Supported(string who, torch.InterpolationMode mode) =>
                mode is torch.InterpolationMode.Nearest or torch.InterpolationMode.Bilinear
                    ? mode
                    : throw new NotSupportedException($"{who}: interpolation {mode} is not implemented in this kit; use InterpolationMode.Nearest or Bilinear.");
        }
    }
}
