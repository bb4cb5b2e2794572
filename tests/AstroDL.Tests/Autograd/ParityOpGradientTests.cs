using static AstroDL.Tests.Autograd.OpGradientTests;
using static AstroDL.torch;

namespace AstroDL.Tests.Autograd;

/// <summary>Central-difference checks (float64) of the ops added for TorchSharp parity (NaN ops, scans, quantiles, distributions).</summary>
public class ParityOpGradientTests
{
    private static Func<Generator, Tensor> WithNaN(params long[] shape) => g =>
    {
        var x = randn(shape, float64, generator: g);
        x[0, 0] = tensor(double.NaN, float64);
        return x.detach().requires_grad_();
    };

    private static readonly Dictionary<string, Case> Table = new()
    {
        ["nan_to_num"] = C(x => x[0].nan_to_num(), WithNaN(3, 4)),
        ["nansum"] = C(x => x[0].nansum(), WithNaN(3, 4)),
        ["nanmean_dim"] = C(x => x[0].nanmean(1), WithNaN(3, 4)),
        ["cumsum"] = C(x => x[0].cumsum(1), N(3, 5)),
        ["cumsum_strided"] = C(x => x[0].cumsum(0), S(5, 3)),
        ["cumprod"] = C(x => x[0].cumprod(-1), N(2, 7)),
        ["diff"] = C(x => x[0].diff(2, 0), T(5, 3)),
        ["diff_prepend"] = C(x => x[0].diff(1, -1, prepend: x[1]), N(3, 4), N(3, 1)),
        ["roll"] = C(x => x[0].roll(new long[] { 2, -1 }, new long[] { 1, 0 }), N(3, 5)),
        ["roll_flat"] = C(x => x[0].roll(3), N(2, 4)),
        ["unfold_overlapping"] = C(x => x[0].unfold(1, 3, 1), N(2, 6)),
        ["unfold_strided"] = C(x => x[0].unfold(0, 2, 3), T(8, 2)),
        ["triu"] = C(x => x[0].triu(1), N(2, 3, 4)),
        ["tril"] = C(x => x[0].tril(-1), N(4, 3)),
        ["median"] = C(x => x[0].median(), N(3, 5)),
        ["median_dim"] = C(x => x[0].median(1).values, N(3, 4)),
        ["quantile"] = C(x => x[0].quantile(tensor(new[] { 0.1, 0.5, 0.9 }), 1), N(3, 6)),
        ["lerp"] = C(x => x[0].lerp(x[1], x[2]), N(3, 4), N(4), P(3, 1)),
        ["xlogy"] = C(x => x[0].xlogy(x[1]), N(3, 4), P(3, 4)),
        ["remainder"] = C(x => x[0].remainder(1.5), A(3, 4)),
        ["cosine_similarity"] = C(x => nn.functional.cosine_similarity(x[0], x[1]), N(3, 5), N(3, 5)),
        ["normalize"] = C(x => nn.functional.normalize(x[0], dim: -1), N(3, 4)),
        ["normalize_p1"] = C(x => nn.functional.normalize(x[0], p: 3, dim: 0), P(3, 4)),
        ["normal_rsample"] = C(x => distributions.Normal(x[0], x[1], new Generator(5)).rsample(2), N(3), P(3)),
        ["normal_log_prob"] = C(x => distributions.Normal(x[0], x[1]).log_prob(x[2]), N(3), P(3), N(2, 3)),
        ["normal_entropy"] = C(x => distributions.Normal(x[0], x[1]).entropy(), N(3), P(3)),
        ["uniform_rsample"] = C(x => distributions.Uniform(x[0], x[0].add(x[1]), new Generator(5)).rsample(4), N(3), P(3)),
        ["bernoulli_log_prob_logits"] = C(x => distributions.Bernoulli(logits: x[0]).log_prob(tensor(new[] { 1.0, 0, 1 })), N(3)),
        ["bernoulli_entropy_probs"] = C(x => distributions.Bernoulli(probs: x[0].sigmoid()).entropy(), N(3)),
        ["categorical_log_prob"] = C(x => distributions.Categorical(logits: x[0]).log_prob(tensor(new long[] { 0, 3 })), N(2, 4)),
        ["categorical_entropy"] = C(x => distributions.Categorical(probs: x[0]).entropy(), P(2, 4)),
        ["kl_normal_normal"] = C(x => distributions.kl_divergence(distributions.Normal(x[0], x[1]), distributions.Normal(x[2], x[3])),
            N(3), P(3), N(3), P(3)),
    };

    public static TheoryData<string> Names => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void GradientMatchesCentralDifferences(string name) => Check(name, Table[name]);
}
