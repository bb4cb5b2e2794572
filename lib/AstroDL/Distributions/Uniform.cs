namespace AstroDL.Modules;

using static AstroDL.torch;

/// <summary>The uniform distribution on [low, high).</summary>
public sealed class Uniform : distributions.Distribution
{
    public Uniform(Tensor low, Tensor high, Generator? generator = null)
        : base(distributions.BatchShape("Uniform", low, high), generator)
    {
        this.low = low.expand(batch_shape);
        this.high = high.expand(batch_shape);
    }

    public Tensor low { get; }

    public Tensor high { get; }

    private Tensor Width => high.sub(low);

    public override Tensor mean => low.add(high).div(2);

    public override Tensor variance => Width.square().div(12);

    public override Tensor rsample(params long[] sample_shape) =>
        low.add(rand(ExtendedShape(sample_shape), low.dtype, low.device, generator: generator).mul(Width));

    // −inf outside the support, as in PyTorch.
    public override Tensor log_prob(Tensor value)
    {
        var inside = value.ge(low).logical_and(value.lt(high)).to_type(low.dtype);
        return inside.log().sub(Width.log());
    }

    public override Tensor entropy() => Width.log();

    public Tensor cdf(Tensor value) => value.sub(low).div(Width).clamp(0, 1);

    public Tensor icdf(Tensor value) => low.add(value.mul(Width));
}
