namespace AstroDL.Modules;

using static AstroDL.torch;

/// <summary>The normal distribution N(loc, scale²), with the reparameterised sample loc + scale·ε of a VAE.</summary>
public sealed class Normal : distributions.Distribution
{
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    public Normal(Tensor loc, Tensor scale, Generator? generator = null)
        : base(distributions.BatchShape("Normal", loc, scale), generator)
    {
        this.loc = loc.expand(batch_shape);
        this.scale = scale.expand(batch_shape);
    }

    public Tensor loc { get; }

    public Tensor scale { get; }

    public override Tensor mean => loc;

    public override Tensor mode => loc;

    public override Tensor stddev => scale;

    public override Tensor variance => scale.square();

    public override Tensor rsample(params long[] sample_shape)
    {
        var noise = randn(ExtendedShape(sample_shape), loc.dtype, loc.device, generator: generator);
        return loc.add(noise.mul(scale));
    }

    public override Tensor log_prob(Tensor value) =>
        value.sub(loc).square().div(variance.mul(2)).neg().sub(scale.log()).sub(LogSqrtTwoPi);

    public override Tensor entropy() => scale.log().add(0.5 + LogSqrtTwoPi);
}
