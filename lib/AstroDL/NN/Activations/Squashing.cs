using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>1 / (1 + exp(−x)), into (0, 1).</summary>
    public sealed class Sigmoid : nn.Module<Tensor, Tensor>
    {
        internal Sigmoid()
            : base(nameof(Sigmoid))
        {
        }

        public override Tensor forward(Tensor input) => nn.functional.sigmoid(input);
    }

    /// <summary>Hyperbolic tangent, into (−1, 1).</summary>
    public sealed class Tanh : nn.Module<Tensor, Tensor>
    {
        internal Tanh()
            : base(nameof(Tanh))
        {
        }

        public override Tensor forward(Tensor input) => nn.functional.tanh(input);
    }

    /// <summary>log(1 / (1 + exp(−x))), into (−∞, 0): the log-probability of a sigmoid unit, computed without overflow.</summary>
    public sealed class LogSigmoid : nn.Module<Tensor, Tensor>
    {
        internal LogSigmoid()
            : base(nameof(LogSigmoid))
        {
        }

        public override Tensor forward(Tensor input) => nn.functional.logsigmoid(input);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Sigmoid Sigmoid() => new();

            public static Modules.Tanh Tanh() => new();

            public static Modules.LogSigmoid LogSigmoid() => new();
        }
    }
}
