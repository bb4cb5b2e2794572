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
            this.p = Dropout.CheckProbability(nameof(Dropout2d), p, "a channel");
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
