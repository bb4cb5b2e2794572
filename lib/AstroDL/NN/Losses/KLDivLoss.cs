namespace AstroDL.Modules
{
    using static AstroDL.torch;
    using static AstroDL.torch.nn;

    /// <summary>The Kullback-Leibler divergence of the target from the input's distribution (see functional.kl_div).</summary>
    public sealed class KLDivLoss : Loss<Tensor, Tensor, Tensor>
    {
        internal KLDivLoss(bool log_target, Reduction reduction)
            : base(reduction) => this.log_target = log_target;

        public bool log_target { get; }

        public override Tensor forward(Tensor input, Tensor target) => functional.kl_div(input, target, log_target, reduction);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>KL divergence with input as log-probabilities. Note TorchSharp's default log_target is true (PyTorch's is false).</summary>
            public static Modules.KLDivLoss KLDivLoss(bool log_target = true, Reduction reduction = Reduction.Mean) => new(log_target, reduction);

            public static partial class functional
            {
                /// <summary>
                /// Pointwise target·(log target − input) for input = log q: exp(target)·(target − input) when log_target, and
                /// 0 where the target probability is 0. Reduction.Mean averages over all elements, as PyTorch's "mean"; the
                /// true KL divergence per sample is the "batchmean" reduction of the string overload.
                /// </summary>
                public static Tensor kl_div(Tensor input, Tensor target, bool log_target = true, Reduction reduction = Reduction.Mean) =>
                    Reduce(KlDivergence(input, target, log_target), reduction);

                /// <summary>kl_div with PyTorch's reduction names: "none", "mean", "sum" or "batchmean" (the sum over the batch size).</summary>
                public static Tensor kl_div(Tensor input, Tensor target, string reduction, bool log_target = false) => reduction switch
                {
                    "none" => kl_div(input, target, log_target, Reduction.None),
                    "mean" => kl_div(input, target, log_target, Reduction.Mean),
                    "sum" => kl_div(input, target, log_target, Reduction.Sum),
                    "batchmean" => kl_div(input, target, log_target, Reduction.Sum).div(input.dim() == 0 ? 1 : input.shape[0]),
                    _ => throw new ArgumentException($"kl_div: unknown reduction '{reduction}'; use \"none\", \"mean\", \"sum\" or \"batchmean\"."),
                };

                private static Tensor KlDivergence(Tensor input, Tensor target, bool logTarget)
                {
                    var t = ElementwiseTarget("kl_div", input, target);
                    if (logTarget) return t.exp().mul(t.sub(input));
                    // target·log(target) is 0 at target 0; taking the log of 1 there keeps the unused branch finite.
                    var positive = t.gt(0);
                    var entropyTerm = where(positive, t.mul(where(positive, t, ones_like(t)).log()), zeros_like(t));
                    return entropyTerm.sub(t.mul(input));
                }
            }
        }
    }
}
