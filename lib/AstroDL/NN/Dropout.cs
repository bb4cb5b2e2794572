using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Zeroes each element with probability p in training mode (scaling the rest by 1/(1-p)); identity in eval mode.</summary>
    public sealed class Dropout : nn.Module<Tensor, Tensor>
    {
        internal Dropout(double p)
            : base(nameof(Dropout))
        {
            this.p = Dropout.CheckProbability(nameof(Dropout), p, "a unit");
        }

        public double p { get; }

        public override Tensor forward(Tensor input) => nn.functional.dropout(input, p, training);

        public override string extra_repr() => $"p={Repr.Float(p)}";

        /// <summary>The one check of a drop probability, shared by the dropout layers.</summary>
        internal static double CheckProbability(string layer, double p, string dropped) => p is >= 0 and <= 1 ? p
            : throw new ArgumentException($"{layer}: p is the probability of dropping {dropped} and must lie in [0, 1], got {p}.");
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Dropout Dropout(double p = 0.5) => new(p);
        }
    }
}
