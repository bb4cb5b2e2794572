using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Adadelta: steps scaled by the ratio of running RMS of past updates and of gradients (torch.optim.Adadelta).</summary>
    public sealed class Adadelta : optim.Optimizer
    {
        public sealed class Options : OptimizerOptions
        {
            public double rho { get; set; } = 0.9;
            public double eps { get; set; } = 1e-6;
            public double weight_decay { get; set; }
        }

        internal Adadelta(IEnumerable<Parameter> parameters, Options options)
            : base(parameters, options)
        {
            Check(options.rho is >= 0 and <= 1, "rho", options.rho, "in [0, 1]");
            Check(options.eps >= 0, "eps", options.eps, ">= 0");
            Check(options.weight_decay >= 0, "weight_decay", options.weight_decay, ">= 0");
        }

        // g ← ∇ + λθ;  v ← ρv + (1−ρ)g²;  Δ ← √(u + ε) / √(v + ε) · g;  u ← ρu + (1−ρ)Δ²;  θ ← θ − γΔ.
        protected override void Update(Parameter param, Tensor grad, ParamState state, OptimizerOptions options)
        {
            var o = (Options)options;
            if (o.weight_decay != 0) grad = grad.add(param, o.weight_decay);
            var squareAvg = state.GetOrCreate("square_avg", param);
            var accDelta = state.GetOrCreate("acc_delta", param);
            squareAvg.mul_(o.rho).addcmul_(grad, grad, 1 - o.rho);
            var delta = accDelta.add(o.eps).sqrt_().div_(squareAvg.add(o.eps).sqrt_()).mul_(grad);
            accDelta.mul_(o.rho).addcmul_(delta, delta, 1 - o.rho);
            param.add_(delta, -o.LearningRate);
        }
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class optim
        {
            public static Modules.Adadelta Adadelta(IEnumerable<Modules.Parameter> parameters, double lr = 1.0, double rho = 0.9,
                double eps = 1e-6, double weight_decay = 0) =>
                new(parameters, new Modules.Adadelta.Options { LearningRate = lr, rho = rho, eps = eps, weight_decay = weight_decay });
        }
    }
}
