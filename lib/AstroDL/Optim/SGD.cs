using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Stochastic gradient descent with optional momentum, Nesterov momentum and weight decay (torch.optim.SGD).</summary>
    public sealed class SGD : optim.Optimizer
    {
        public sealed class Options : OptimizerOptions
        {
            public double momentum { get; set; }
            public double dampening { get; set; }
            public double weight_decay { get; set; }
            public bool nesterov { get; set; }
            public bool maximize { get; set; }
        }

        internal SGD(IEnumerable<Parameter> parameters, Options options)
            : base(parameters, options)
        {
            Check(options.momentum >= 0, "momentum", options.momentum, ">= 0");
            Check(options.weight_decay >= 0, "weight_decay", options.weight_decay, ">= 0");
            if (options.nesterov && (options.momentum <= 0 || options.dampening != 0))
                throw new ArgumentException("SGD: Nesterov momentum requires a momentum > 0 and zero dampening.");
        }

        // g ← ±∇ + λθ;  b ← g on the first step, else μb + (1−τ)g;  g ← g + μb (Nesterov) or b;  θ ← θ − γg.
        protected override void Update(Parameter param, Tensor grad, ParamState state, OptimizerOptions options)
        {
            var o = (Options)options;
            var d = o.maximize ? grad.neg() : grad;
            if (o.weight_decay != 0) d = d.add(param, o.weight_decay);
            if (o.momentum != 0)
            {
                if (state.Get("momentum_buffer") is { } buffer) buffer.mul_(o.momentum).add_(d, 1 - o.dampening);
                else buffer = state.Set("momentum_buffer", d.clone());
                d = o.nesterov ? d.add(buffer, o.momentum) : buffer;
            }
            param.add_(d, -o.LearningRate);
        }
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class optim
        {
            public static Modules.SGD SGD(IEnumerable<Modules.Parameter> parameters, double lr, double momentum = 0, double dampening = 0,
                double weight_decay = 0, bool nesterov = false, bool maximize = false) =>
                new(parameters, new Modules.SGD.Options
                {
                    LearningRate = lr, momentum = momentum, dampening = dampening, weight_decay = weight_decay,
                    nesterov = nesterov, maximize = maximize,
                });
        }
    }
}
