namespace AstroDL.Modules
{
    using static AstroDL.torch;
    using static AstroDL.torch.nn;

    /// <summary>The negative log-likelihood of counts under a Poisson rate (see functional.poisson_nll_loss).</summary>
    public sealed class PoissonNLLLoss : Loss<Tensor, Tensor, Tensor>
    {
        internal PoissonNLLLoss(bool log_input, bool full, float eps, Reduction reduction)
            : base(reduction)
        {
            this.log_input = log_input;
            this.full = full;
            this.eps = eps;
        }

        public bool log_input { get; }

        public bool full { get; }

        public float eps { get; }

        public override Tensor forward(Tensor input, Tensor target) => functional.poisson_nll_loss(input, target, log_input, full, eps, reduction);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>Poisson negative log-likelihood, for photon counts.</summary>
            public static Modules.PoissonNLLLoss PoissonNLLLoss(bool log_input = true, bool full = false, float eps = 1e-8f,
                Reduction reduction = Reduction.Mean) =>
                new(log_input, full, eps, reduction);

            public static partial class functional
            {
                /// <summary>
                /// For counts k (target) and rate λ: λ − k·log λ, with λ = exp(input) when log_input (input is log λ) or
                /// λ = input otherwise (log(input + eps) then keeps it finite at 0). full adds Stirling's approximation of
                /// log k!, k·log k − k + 0.5·log(2πk), for the counts above 1 (PyTorch's rule; log k! is close to 0 below).
                /// </summary>
                public static Tensor poisson_nll_loss(Tensor input, Tensor target, bool log_input = true, bool full = false, float eps = 1e-8f,
                    Reduction reduction = Reduction.Mean)
                {
                    var k = ElementwiseTarget("poisson_nll_loss", input, target);
                    var losses = log_input ? input.exp().sub(k.mul(input)) : input.sub(k.mul(input.add(eps).log()));
                    if (full)
                    {
                        // The Stirling term depends on the target only; the clamp keeps log finite where the mask drops it.
                        var safe = k.clamp_min(1);
                        var stirling = safe.mul(safe.log()).sub(safe).add(safe.mul(2 * Math.PI).log().mul(0.5));
                        losses = losses.add(where(k.gt(1), stirling, zeros_like(stirling)));
                    }
                    return Reduce(losses, reduction);
                }
            }
        }
    }
}
