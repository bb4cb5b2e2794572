using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>max(0, x).</summary>
    public sealed class ReLU : nn.Module<Tensor, Tensor>
    {
        internal ReLU(bool inplace)
            : base(nameof(ReLU)) => this.inplace = inplace;

        /// <summary>Whether the input itself is changed (saves memory; autograd records it).</summary>
        public bool inplace { get; }

        public override Tensor forward(Tensor input) => inplace ? input.relu_() : input.relu();

        public override string extra_repr() => inplace ? "inplace=True" : "";
    }

    /// <summary>x for x &gt; 0, negative_slope·x otherwise.</summary>
    public sealed class LeakyReLU : nn.Module<Tensor, Tensor>
    {
        internal LeakyReLU(double negative_slope, bool inplace)
            : base(nameof(LeakyReLU))
        {
            this.negative_slope = negative_slope;
            this.inplace = inplace;
        }

        public double negative_slope { get; }

        /// <summary>Whether the input itself is changed (saves memory; autograd records it).</summary>
        public bool inplace { get; }

        public override Tensor forward(Tensor input) => inplace ? input.leaky_relu_(negative_slope) : input.leaky_relu(negative_slope);

        public override string extra_repr() => $"negative_slope={Repr.Float(negative_slope)}" + (inplace ? ", inplace=True" : "");
    }

    /// <summary>x for x &gt; 0, alpha·(exp(x) − 1) otherwise.</summary>
    public sealed class ELU : nn.Module<Tensor, Tensor>
    {
        internal ELU(double alpha)
            : base(nameof(ELU)) => this.alpha = alpha;

        public double alpha { get; }

        public override Tensor forward(Tensor input) => nn.functional.elu(input, alpha);

        public override string extra_repr() => $"alpha={Repr.Float(alpha)}";
    }

    /// <summary>A smooth ReLU: log(1 + exp(beta·x)) / beta, linear above threshold.</summary>
    public sealed class Softplus : nn.Module<Tensor, Tensor>
    {
        internal Softplus(double beta, double threshold)
            : base(nameof(Softplus))
        {
            this.beta = beta;
            this.threshold = threshold;
        }

        public double beta { get; }

        public double threshold { get; }

        public override Tensor forward(Tensor input) => nn.functional.softplus(input, beta, threshold);

        public override string extra_repr() => $"beta={Repr.Float(beta)}, threshold={Repr.Float(threshold)}";
    }

    /// <summary>x·Φ(x), the Gaussian error linear unit used in transformers.</summary>
    public sealed class GELU : nn.Module<Tensor, Tensor>
    {
        internal GELU()
            : base(nameof(GELU))
        {
        }

        public override Tensor forward(Tensor input) => nn.functional.gelu(input);

        public override string extra_repr() => "approximate='none'";
    }

    /// <summary>x·sigmoid(x) (swish).</summary>
    public sealed class SiLU : nn.Module<Tensor, Tensor>
    {
        internal SiLU()
            : base(nameof(SiLU))
        {
        }

        public override Tensor forward(Tensor input) => nn.functional.silu(input);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ReLU ReLU(bool inplace = false) => new(inplace);

            public static Modules.LeakyReLU LeakyReLU(double negative_slope = 0.01, bool inplace = false) => new(negative_slope, inplace);

            public static Modules.ELU ELU(double alpha = 1.0) => new(alpha);

            public static Modules.Softplus Softplus(double beta = 1, double threshold = 20) => new(beta, threshold);

            public static Modules.GELU GELU() => new();

            public static Modules.SiLU SiLU() => new();
        }
    }
}
