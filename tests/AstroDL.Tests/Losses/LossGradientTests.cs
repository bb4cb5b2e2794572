using static AstroDL.torch;
using static AstroDL.torch.nn;
using F = AstroDL.torch.nn.functional;

namespace AstroDL.Tests.Losses;

/// <summary>Autograd's input gradient of every loss (and option) against central differences in float64.</summary>
public class LossGradientTests
{
    private static readonly Reduction[] Reductions = [Reduction.None, Reduction.Mean, Reduction.Sum];

    /// <summary>Each loss as a function of its input, with the data it is checked at.</summary>
    private static readonly Dictionary<string, (Func<Tensor, Reduction, Tensor> loss, Tensor input)> Cases = Build();

    public static IEnumerable<object[]> Names => Cases.Keys.Select(k => new object[] { k });

    private static Dictionary<string, (Func<Tensor, Reduction, Tensor>, Tensor)> Build()
    {
        manual_seed(7);
        Tensor Randn(params long[] shape) => randn(shape, ScalarType.Float64);
        var target = Randn(4, 3);
        var signs = Randn(4, 3).sign();
        var probabilities = Randn(4, 3).sigmoid();
        var labels = tensor(new long[] { 2, 0, 3, 1, 3 });
        var ignored = tensor(new long[] { 2, -100, 3, 1, 0 });
        var weight = tensor(new double[] { 0.5, 1.5, 1.0, 2.0 });
        var classProbabilities = Randn(5, 4).softmax(1);
        var spatialLabels = tensor(new long[] { 0, 2, 1, 1, 0, 2 }, [2, 3]);
        var columnWeight = Randn(3).abs();
        var rowWeight = Randn(4, 1).abs();

        return new()
        {
            ["mse"] = ((x, r) => F.mse_loss(x, target, r), Randn(4, 3)),
            // Inputs sit at least 0.2 from the target, away from |d|'s kink.
            ["l1"] = ((x, r) => F.l1_loss(x, target, r), target.add(signs.mul(Randn(4, 3).abs().add(0.2)))),
            ["smooth_l1"] = ((x, r) => F.smooth_l1_loss(x, target, r, beta: 0.5), Randn(4, 3).mul(2)),
            ["nll_weight_ignore"] = ((x, r) => F.nll_loss(x, ignored, weight, r), Randn(5, 4)),
            ["cross_entropy"] = ((x, r) => F.cross_entropy(x, labels, reduction: r), Randn(5, 4)),
            ["cross_entropy_weight_ignore_smoothing"] = ((x, r) => F.cross_entropy(x, ignored, weight, reduction: r, label_smoothing: 0.2), Randn(5, 4)),
            ["cross_entropy_probabilities_weight"] = ((x, r) => F.cross_entropy(x, classProbabilities, weight, reduction: r, label_smoothing: 0.1), Randn(5, 4)),
            ["cross_entropy_spatial"] = ((x, r) => F.cross_entropy(x, spatialLabels, reduction: r), Randn(2, 3, 3)),
            ["binary_cross_entropy_weight"] = ((x, r) => F.binary_cross_entropy(x, probabilities, columnWeight, r), Randn(4, 3).sigmoid()),
            ["bce_with_logits_weights"] = ((x, r) => F.binary_cross_entropy_with_logits(x, probabilities, rowWeight, r, columnWeight), Randn(4, 3).mul(3)),
            ["hinge_embedding"] = ((x, r) => F.hinge_embedding_loss(x, signs, 0.5, r), Randn(4, 3)),
            ["soft_margin"] = ((x, r) => F.soft_margin_loss(x, signs, r), Randn(4, 3)),
            ["multi_margin"] = ((x, r) => F.multi_margin_loss(x, labels, reduction: r), Randn(5, 4)),
            ["multi_margin_p2_weight"] = ((x, r) => F.multi_margin_loss(x, labels, 2, 0.7, weight, r), Randn(5, 4)),
        };
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GradientMatchesFiniteDifferences(string name)
    {
        var (loss, input) = Cases[name];
        foreach (var reduction in Reductions) CheckGradient($"{name} ({reduction})", x => loss(x, reduction), input);
    }

    /// <summary>Checks d sum(loss(x)·g)/dx for a fixed random g, so unreduced losses are checked element by element.</summary>
    private static void CheckGradient(string what, Func<Tensor, Tensor> loss, Tensor input)
    {
        const double h = 1e-6;
        var x = input.detach().clone().requires_grad_();
        var output = loss(x);
        var g = rand_like(output).add(0.5);
        output.mul(g).sum().backward();
        var analytic = x.grad!.data<double>().ToArray();

        var values = input.data<double>().ToArray();
        double At(int i, double delta)
        {
            var shifted = (double[])values.Clone();
            shifted[i] += delta;
            using var _ = no_grad();
            return loss(tensor(shifted, input.shape)).mul(g).sum().item<double>();
        }
        for (int i = 0; i < values.Length; i++)
        {
            double numeric = (At(i, h) - At(i, -h)) / (2 * h);
            Assert.True(Math.Abs(numeric - analytic[i]) <= 1e-6 + 1e-5 * Math.Abs(numeric),
                $"{what}: d/dx[{i}] is {analytic[i]} by autograd, {numeric} by central differences.");
        }
    }
}
