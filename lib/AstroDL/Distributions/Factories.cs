using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class distributions
    {
        public static Normal Normal(Tensor loc, Tensor scale, Generator? generator = null) => new(loc, scale, generator);

        public static Normal Normal(double loc, double scale = 1, Generator? generator = null) =>
            new(tensor(loc), tensor(scale), generator);

        public static Uniform Uniform(Tensor low, Tensor high, Generator? generator = null) => new(low, high, generator);

        public static Bernoulli Bernoulli(Tensor? probs = null, Tensor? logits = null, Generator? generator = null) => new(probs, logits, generator);

        public static Bernoulli Bernoulli(double? probs, double? logits, Generator? generator = null) =>
            new(probs is { } p ? tensor(p) : null, logits is { } l ? tensor(l) : null, generator);

        public static Categorical Categorical(Tensor? probs = null, Tensor? logits = null, Generator? generator = null) => new(probs, logits, generator);

        /// <summary>KL(p ‖ q) in closed form, for the pairs of distributions that have one (the VAE's Normal–Normal term).</summary>
        public static Tensor kl_divergence(Distribution p, Distribution q) => (p, q) switch
        {
            (Modules.Normal a, Modules.Normal b) =>
                b.scale.div(a.scale).log().add(a.variance.add(a.loc.sub(b.loc).square()).div(b.variance.mul(2))).sub(0.5),
            _ => throw new NotSupportedException(
                $"kl_divergence: no closed form for {p.GetType().Name} ‖ {q.GetType().Name} in the kit (Normal ‖ Normal is implemented)."),
        };
    }
}
