using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>RMSProp: gradients divided by a running RMS of their history (torch.optim.RMSprop; TorchSharp spells it RMSProp).</summary>
    public sealed class RMSProp : optim.Optimizer
    {
        public sealed class Options : OptimizerOptions
        {
            public double alpha { get; set; } = 0.99;
            public double eps { get; set; } = 1e-8;
            public double weight_decay { get; set; }
            public double momentum { get; set; }
            public bool centered { get; set; }
        }

        internal RMSProp(IEnumerable<Parameter> parameters, Options options)
            : base(parameters, options)
        {
            Check(options.alpha >= 0, "alpha", options.alpha, ">= 0");
            Check(options.eps >= 0, "eps", options.eps, ">= 0");
            Check(options.weight_decay >= 0, "weight_decay", options.weight_decay, ">= 0");
            Check(options.momentum >= 0, "momentum", options.momentum, ">= 0");
        }

        // g ← ∇ + λθ;  v ← αv + (1−α)g²;  centered: m ← αm + (1−α)g, v̂ = v − m²;  d = √v̂ + ε;
        // with momentum: b ← μb + g/d, θ ← θ − γb;  else θ ← θ − γ g/d.
        protected override void Update(Parameter param, Tensor grad, ParamState state, OptimizerOptions options)
        {
            var o = (Options)options;
            if (o.weight_decay != 0) grad = grad.add(param, o.weight_decay);
            var squareAvg = state.GetOrCreate("square_avg", param);
            squareAvg.mul_(o.alpha).addcmul_(grad, grad, 1 - o.alpha);
            Tensor avg;
            if (o.centered)
            {
                var gradAvg = state.GetOrCreate("grad_avg", param);
                gradAvg.mul_(o.alpha).add_(grad, 1 - o.alpha);
                avg = squareAvg.sub(gradAvg.square()).sqrt_();
            }
            else
            {
                avg = squareAvg.sqrt();
            }
            avg.add_(o.eps);
            if (o.momentum > 0)
            {
                var buffer = state.GetOrCreate("momentum_buffer", param);
                buffer.mul_(o.momentum).addcdiv_(grad, avg);
                param.add_(buffer, -o.LearningRate);
            }
            else
            {
                param.addcdiv_(grad, avg, -o.LearningRate);
            }
        }
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class optim
        {
            public static Modules.RMSProp RMSProp(IEnumerable<Modules.Parameter> parameters, double lr = 0.01, double alpha = 0.99,
                double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false) =>
                new(parameters, new Modules.RMSProp.Options
                {
                    LearningRate = lr, alpha = alpha, eps = eps, weight_decay = weight_decay, momentum = momentum, centered = centered,
                });

            /// <summary>PyTorch's spelling of <see cref="RMSProp"/>.</summary>
            public static Modules.RMSProp RMSprop(IEnumerable<Modules.Parameter> parameters, double lr = 0.01, double alpha = 0.99,
                double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false) =>
                RMSProp(parameters, lr, alpha, eps, weight_decay, momentum, centered);
        }
    }
}
