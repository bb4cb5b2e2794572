using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Adagrad: per-element step sizes shrink with the sum of squared gradients (torch.optim.Adagrad).</summary>
    public sealed class Adagrad : optim.Optimizer
    {
        public sealed class Options : OptimizerOptions
        {
            public double lr_decay { get; set; }
            public double weight_decay { get; set; }
            public double initial_accumulator_value { get; set; }
            public double eps { get; set; } = 1e-10;
        }

        internal Adagrad(IEnumerable<Parameter> parameters, Options options)
            : base(parameters, options)
        {
            Check(options.lr_decay >= 0, "lr_decay", options.lr_decay, ">= 0");
            Check(options.weight_decay >= 0, "weight_decay", options.weight_decay, ">= 0");
            Check(options.initial_accumulator_value >= 0, "initial_accumulator_value", options.initial_accumulator_value, ">= 0");
            Check(options.eps >= 0, "eps", options.eps, ">= 0");
        }

        // g ← ∇ + λθ;  γ̃ ← γ / (1 + (t−1)η);  s ← s + g²;  θ ← θ − γ̃ g / (√s + ε).
        protected override void Update(Parameter param, Tensor grad, ParamState state, OptimizerOptions options)
        {
            var o = (Options)options;
            if (o.weight_decay != 0) grad = grad.add(param, o.weight_decay);
            var clr = o.LearningRate / (1 + (state.step - 1) * o.lr_decay);
            var sum = state.GetOrCreate("sum", param, o.initial_accumulator_value);
            sum.addcmul_(grad, grad);
            param.addcdiv_(grad, sum.sqrt().add_(o.eps), -clr);
        }
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class optim
        {
            public static Modules.Adagrad Adagrad(IEnumerable<Modules.Parameter> parameters, double lr = 0.01, double lr_decay = 0,
                double weight_decay = 0, double initial_accumulator_value = 0, double eps = 1e-10) =>
                new(parameters, new Modules.Adagrad.Options
                {
                    LearningRate = lr, lr_decay = lr_decay, weight_decay = weight_decay,
                    initial_accumulator_value = initial_accumulator_value, eps = eps,
                });
        }
    }
}
