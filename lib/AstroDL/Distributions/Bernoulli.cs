namespace AstroDL.Modules;

using static AstroDL.torch;

/// <summary>The Bernoulli distribution of 0/1 outcomes, given by probs or by logits (exactly one of them).</summary>
public sealed class Bernoulli : distributions.Distribution
{
    public Bernoulli(Tensor? probs = null, Tensor? logits = null, Generator? generator = null)
        : base(Parameter(probs, logits).dims, generator)
    {
        if (probs is not null)
        {
            this.probs = probs;
            var p = probs.clamp(Epsilon(probs), 1 - Epsilon(probs));
            this.logits = p.log().sub(p.neg().log1p());
        }
        else
        {
            this.logits = logits!;
            this.probs = logits!.sigmoid();
        }
    }

    private static Tensor Parameter(Tensor? probs, Tensor? logits) =>
        (probs is null) == (logits is null)
            ? throw new ArgumentException("Bernoulli: give either probs or logits, not both and not neither.")
            : (probs ?? logits)!;

    // Probabilities are kept inside (0, 1) by the dtype's epsilon, as PyTorch's probs_to_logits does.
    internal static double Epsilon(Tensor t) => t.dtype == ScalarType.Float64 ? Math.Pow(2, -52) : Math.Pow(2, -23);

    public Tensor probs { get; }

    public Tensor logits { get; }

    public override Tensor mean => probs;

    public override Tensor variance => probs.mul(probs.neg().add(1));

    public override Tensor sample(params long[] sample_shape)
    {
        using var _ = no_grad();
        return bernoulli(probs.expand(ExtendedShape(sample_shape)), generator);
    }

    /// <summary>log p(value) = value·logits − softplus(logits).</summary>
    public override Tensor log_prob(Tensor value) => value.mul(logits).sub(logits.softplus());

    public override Tensor entropy() => logits.softplus().sub(probs.mul(logits));
}
