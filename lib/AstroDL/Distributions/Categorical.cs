namespace AstroDL.Modules;

using static AstroDL.torch;

/// <summary>A distribution over the categories 0..K−1 of the last dimension, given by probs or logits.</summary>
public sealed class Categorical : distributions.Distribution
{
    public Categorical(Tensor? probs = null, Tensor? logits = null, Generator? generator = null)
        : base(Parameter(probs, logits).dims[..^1], generator)
    {
        if (probs is not null)
        {
            this.probs = probs.div(probs.sum(-1, keepdim: true));
            this.logits = this.probs.clamp(Bernoulli.Epsilon(probs), 1).log();
        }
        else
        {
            this.logits = logits!.sub(logits!.logsumexp(-1, keepdim: true));
            this.probs = this.logits.exp();
        }
    }

    private static Tensor Parameter(Tensor? probs, Tensor? logits)
    {
        if ((probs is null) == (logits is null)) throw new ArgumentException("Categorical: give either probs or logits, not both and not neither.");
        var p = (probs ?? logits)!;
        if (p.dim() < 1) throw new ArgumentException($"Categorical: the parameter needs a last dimension of categories, got {p.ShapeText}.");
        return p;
    }

    public Tensor probs { get; }

    /// <summary>Normalised log-probabilities (logsumexp over the categories is 0).</summary>
    public Tensor logits { get; }

    public long[] param_shape => probs.shape;

    private long Categories => probs.shape[^1];

    // A categorical's mean and variance are undefined (NaN), as in PyTorch.
    public override Tensor mean => full(batch_shape, double.NaN, probs.dtype, probs.device);

    public override Tensor variance => mean;

    /// <summary>Category indices (int64): the first category whose cumulative probability exceeds a uniform draw.</summary>
    public override Tensor sample(params long[] sample_shape)
    {
        using var _ = no_grad();
        var shape = ExtendedShape(sample_shape);
        var draw = rand(shape, probs.dtype, probs.device, generator: generator).unsqueeze(-1);
        var below = probs.cumsum(-1).lt(draw);
        return below.sum(-1).clamp_max(Categories - 1);
    }

    public override Tensor log_prob(Tensor value)
    {
        var index = value.to_type(ScalarType.Int64);
        var shape = Tensor.BroadcastShapes("Categorical.log_prob", index, full(batch_shape, 0L, ScalarType.Int64, probs.device));
        var table = logits.expand([.. shape, Categories]);
        return table.gather(-1, index.expand(shape).unsqueeze(-1)).squeeze(-1);
    }

    // Zero-probability categories add nothing (their logits are held at the lowest finite value, not −inf).
    public override Tensor entropy()
    {
        double lowest = probs.dtype == ScalarType.Float64 ? double.MinValue : float.MinValue;
        return probs.mul(logits.clamp_min(lowest)).sum(-1).neg();
    }
}
