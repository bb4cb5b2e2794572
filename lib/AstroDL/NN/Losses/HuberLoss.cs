namespace AstroDL.Modules
{
    using static AstroDL.torch;
    using static AstroDL.torch.nn;

    /// <summary>Quadratic within delta of the target, linear beyond (see functional.huber_loss).</summary>
    public sealed class HuberLoss : Loss<Tensor, Tensor, Tensor>
    {
        internal HuberLoss(double delta, Reduction reduction)
            : base(reduction) => this.delta = delta;

        public double delta { get; }

        public override Tensor forward(Tensor input, Tensor target) => functional.huber_loss(input, target, delta, reduction);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.HuberLoss HuberLoss(double delta = 1.0, Reduction reduction = Reduction.Mean) => new(delta, reduction);

            public static partial class functional
            {
                /// <summary>0.5·d² where d = |input − target| &lt; delta, delta·(d − 0.5·delta) elsewhere (smooth_l1_loss times delta).</summary>
                public static Tensor huber_loss(Tensor input, Tensor target, double delta = 1.0, Reduction reduction = Reduction.Mean)
                {
                    if (!(delta > 0))
                        throw new ArgumentOutOfRangeException(nameof(delta), $"huber_loss: delta must be positive; got {delta}.");
                    var d = input.sub(ElementwiseTarget("huber_loss", input, target)).abs();
                    return Reduce(where(d.lt(delta), d.square().mul(0.5), d.sub(0.5 * delta).mul(delta)), reduction);
                }
            }
        }
    }
}
