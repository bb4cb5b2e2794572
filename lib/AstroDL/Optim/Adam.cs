using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Adam: bias-corrected running means of the gradient and its square (torch.optim.Adam); AdamW derives from it.</summary>
    public class Adam : optim.Optimizer
    {
        public sealed class Options : OptimizerOptions
        {
            public double beta1 { get; set; } = 0.9;
            public double beta2 { get; set; } = 0.999;
            public double eps { get; set; } = 1e-8;
            public double weight_decay { get; set; }
            public bool amsgrad { get; set; }
            public bool maximize { get; set; }
        }

        internal Adam(IEnumerable<Parameter> parameters, Options options)
            : base(parameters, options)
        {
            Check(options.beta1 is >= 0 and < 1, "beta1", options.beta1, "in [0, 1)");
            Check(options.beta2 is >= 0 and < 1, "beta2", options.beta2, "in [0, 1)");
            Check(options.eps >= 0, "eps", options.eps, ">= 0");
            Check(options.weight_decay >= 0, "weight_decay", options.weight_decay, ">= 0");
        }

        // g ← ±∇ (+ decay);  m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  amsgrad: v ← max(v_max, v);
        // θ ← θ − γ/(1−β₁ᵗ) · m / (√v/√(1−β₂ᵗ) + ε).
        protected sealed override void Update(Parameter param, Tensor grad, ParamState state, OptimizerOptions options)
        {
            var o = (Options)options;
            if (o.maximize) grad = grad.neg();
            grad = ApplyWeightDecay(param, grad, o);
            var expAvg = state.GetOrCreate("exp_avg", param);
            var expAvgSq = state.GetOrCreate("exp_avg_sq", param);
            expAvg.mul_(o.beta1).add_(grad, 1 - o.beta1);
            expAvgSq.mul_(o.beta2).addcmul_(grad, grad, 1 - o.beta2);
            var second = expAvgSq;
            if (o.amsgrad)
            {
                second = state.GetOrCreate("max_exp_avg_sq", param);
                second.copy_(second.maximum(expAvgSq));
            }
            var biasCorrection1 = 1 - Math.Pow(o.beta1, state.step);
            var biasCorrection2Sqrt = Math.Sqrt(1 - Math.Pow(o.beta2, state.step));
            var denom = second.sqrt().div_(biasCorrection2Sqrt).add_(o.eps);
            param.addcdiv_(expAvg, denom, -o.LearningRate / biasCorrection1);
        }

        /// <summary>Adam's L2 penalty: the decay joins the gradient, so it is rescaled with it (AdamW decouples it).</summary>
        private protected virtual Tensor ApplyWeightDecay(Parameter param, Tensor grad, Options o) =>
            o.weight_decay != 0 ? grad.add(param, o.weight_decay) : grad;
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class optim
        {
            public static Modules.Adam Adam(IEnumerable<Modules.Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
                double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) =>
                new(parameters, new Modules.Adam.Options
                {
                    LearningRate = lr, beta1 = beta1, beta2 = beta2, eps = eps, weight_decay = weight_decay, amsgrad = amsgrad, maximize = maximize,
                });
        }
    }
}
