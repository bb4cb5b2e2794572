using static AstroDL.torch;

namespace AstroDL.Vision.Transforms;

/// <summary>
/// Base of the kit's image transforms. It takes one image [C, H, W] or a batch [N, C, H, W]; a batch is transformed
/// image by image, each with its own random draws (torchvision draws once per call), so one call augments a whole
/// batch from a DataLoader. Draws come from the given generator, or the default one (seeded by torch.manual_seed).
/// </summary>
internal abstract class ImageTransform(Generator? generator) : torchvision.ITransform
{
    public Tensor call(Tensor input) => input.dim() switch
    {
        3 => Apply(input),
        4 => stack(input.unbind(0).Select(Apply)),
        _ => throw new ArgumentException(
            $"{GetType().Name}: expects an image [C, H, W] or a batch of images [N, C, H, W], got {input.ShapeText}."),
    };

    /// <summary>Transforms one image [C, H, W].</summary>
    protected abstract Tensor Apply(Tensor image);

    /// <summary>A number drawn uniformly from [low, high] (no draw when the range is a single value).</summary>
    protected double Uniform(double low, double high) =>
        low == high ? low : low + (high - low) * rand([], ScalarType.Float64, generator: generator ?? default_generator).item<double>();

    /// <summary>An integer drawn uniformly from [low, high).</summary>
    protected long Integer(long low, long high) => randint(low, high, [], generator: generator ?? default_generator).item<long>();

    /// <summary>True with probability p (no draw when p is 0 or 1).</summary>
    protected bool Chance(double p) => p >= 1 || (p > 0 && Uniform(0, 1) < p);

    /// <summary>Noise of the image's shape, dtype and device.</summary>
    protected Tensor Normal(Tensor image, double mean, double std) =>
        normal(mean, std, image.shape, image.dtype, image.device, generator: generator ?? default_generator);
}
