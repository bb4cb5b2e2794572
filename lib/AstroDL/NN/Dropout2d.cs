using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// Zeroes whole channels of [N, C, H, W] (or [C, H, W]) input with probability p in training, scaling the rest by
    /// 1/(1-p); identity in eval mode. Neighbouring pixels are correlated, so dropping channels regularizes convolutions
    /// where dropping single pixels would not.
    /// </summary>
    public sealed class Dropout2d : nn.Module<Tensor, Tensor>
    {
        internal Dropout2d(double p)
            : base(nameof(Dropout2d))
        {
            if (p is < 0 or > 1)
                throw new ArgumentException($"Dropout2d: p is the probability of dropping a channel and must lie in [0, 1], got {p}.");
            this.p = p;
        }

        public double p { get; }

        public override Tensor forward(Tensor input) => nn.functional.dropout2d(input, p, training);

        public override string extra_repr() => $"p={Repr.Float(p)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Dropout2d Dropout2d(double p = 0.5) => new(p);
        }
    }
}
