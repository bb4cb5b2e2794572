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

        /// <summary>One fused pass over the parameter and its state (the formula is on <see cref="Backends.AdamScalars"/>).</summary>
        protected sealed override void Update(Parameter param, Tensor grad, ParamState state, OptimizerOptions options)
        {
            var o = (Options)options;
            var operands = new FusedOperands(param, grad);
            var expAvg = operands.State(state.GetOrCreate("exp_avg", param));
            var expAvgSq = operands.State(state.GetOrCreate("exp_avg_sq", param));
            var maxExpAvgSq = o.amsgrad ? operands.State(state.GetOrCreate("max_exp_avg_sq", param)) : default;
            var scalars = new Backends.AdamScalars(o.LearningRate, o.beta1, o.beta2, o.eps, o.weight_decay, DecoupledWeightDecay, o.maximize,
                o.amsgrad, state.step);
            param.Backend.AdamStep(operands.Param.View, operands.Grad.View, expAvg, expAvgSq, maxExpAvgSq, scalars);
            operands.Finish();
        }

        /// <summary>Adam adds the L2 penalty to the gradient, so it is rescaled with it; AdamW decouples it (θ ← θ(1 − γλ) first).</summary>
        private protected virtual bool DecoupledWeightDecay => false;
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
