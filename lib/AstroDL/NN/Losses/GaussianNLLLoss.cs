namespace AstroDL.Modules
{
    using static AstroDL.torch;
    using static AstroDL.torch.nn;

    /// <summary>The negative log-likelihood of the target under N(input, variance) (see functional.gaussian_nll_loss).</summary>
    public sealed class GaussianNLLLoss : nn.Module<Tensor, Tensor, Tensor, Tensor>
    {
        internal GaussianNLLLoss(bool full, float eps, Reduction reduction)
            : base(nameof(GaussianNLLLoss))
        {
            this.full = full;
            this.eps = eps;
            this.reduction = reduction;
        }

        public bool full { get; }

        public float eps { get; }

        public Reduction reduction { get; }

        public override Tensor forward(Tensor input, Tensor target, Tensor variance) =>
            functional.gaussian_nll_loss(input, target, variance, full, eps, reduction);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>Gaussian negative log-likelihood; TorchSharp's module default eps is 1e-8 (its functional form's is 1e-6).</summary>
            public static Modules.GaussianNLLLoss GaussianNLLLoss(bool full = false, float eps = 1e-8f, Reduction reduction = Reduction.Mean) =>
                new(full, eps, reduction);

            public static partial class functional
            {
                /// <summary>
                /// 0.5·(log(var) + (input − target)²/var), plus 0.5·log(2π) when full. The variance is clamped to at least eps
                /// for the value only: as in PyTorch the gradient passes through the clamp unchanged. variance may have the
                /// input's shape, or lack (or have size 1 in) its last dimension (one variance per sample).
                /// </summary>
                public static Tensor gaussian_nll_loss(Tensor input, Tensor target, Tensor variance, bool full = false, float eps = 1e-6f,
                    Reduction reduction = Reduction.Mean)
                {
                    const string who = "gaussian_nll_loss";
                    var t = ElementwiseTarget(who, input, target);
                    var v = variance.dim() == input.dim() - 1 && input.shape[..^1].SequenceEqual(variance.shape) ? variance.unsqueeze(-1) : variance;
                    bool matches = v.dim() == input.dim() && input.shape[..^1].SequenceEqual(v.shape[..^1]) && (v.shape[^1] == input.shape[^1] || v.shape[^1] == 1);
                    if (!matches)
                        throw new ArgumentException(
                            $"{who}: variance {variance.ShapeText} must have the input's shape {input.ShapeText}, or that shape without (or with size 1 in) the last dimension.");
                    using (no_grad())
                    {
                        if (v.lt(0).any().ToBoolean())
                            throw new ArgumentException($"{who}: variance has negative entries; a variance must be non-negative (pass e.g. softplus of a network output).");
                    }
                    var clamped = v.add(v.clamp_min(eps).sub(v).detach());
                    var losses = clamped.log().add(input.sub(t).square().div(clamped)).mul(0.5);
                    if (full) losses = losses.add(0.5 * Math.Log(2 * Math.PI));
                    return Reduce(losses, reduction);
                }
            }
        }
    }
}
