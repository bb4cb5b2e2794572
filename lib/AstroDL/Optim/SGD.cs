using AstroDL.Backends;
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

        /// <summary>One fused pass over the parameter and its momentum buffer (the formula is on <see cref="Backends.SgdScalars"/>).</summary>
        protected override void Update(Parameter param, Tensor grad, ParamState state, OptimizerOptions options)
        {
            var o = (Options)options;
            var operands = new FusedOperands(param, grad);
            bool first = false;
            View buffer = default;
            if (o.momentum != 0)
            {
                first = state.Get("momentum_buffer") is null;
                // The first step writes the buffer whole (b ← g), so it starts as uninitialized memory.
                buffer = operands.State(state.Get("momentum_buffer") ?? state.Set("momentum_buffer", empty_like(param)));
            }
            var scalars = new Backends.SgdScalars(o.LearningRate, o.momentum, o.dampening, o.weight_decay, o.nesterov, o.maximize, first);
            param.Backend.SgdStep(operands.Param.View, operands.Grad.View, buffer, scalars);
            operands.Finish();
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
