using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Zeroes each element with probability p in training mode (scaling the rest by 1/(1-p)); identity in eval mode.</summary>
    public sealed class Dropout : nn.Module<Tensor, Tensor>
    {
        internal Dropout(double p)
            : base(nameof(Dropout))
        {
            if (p is < 0 or > 1)
                throw new ArgumentException($"Dropout: p is the probability of dropping a unit and must lie in [0, 1], got {p}.");
            this.p = p;
        }

        public double p { get; }

        public override Tensor forward(Tensor input) => nn.functional.dropout(input, p, training);

        public override string extra_repr() => $"p={Repr.Float(p)}";
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
