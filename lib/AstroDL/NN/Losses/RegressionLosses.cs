namespace AstroDL.Modules
{
    using static AstroDL.torch;
    using static AstroDL.torch.nn;

    /// <summary>Mean squared error (see functional.mse_loss).</summary>
    public sealed class MSELoss : Loss<Tensor, Tensor, Tensor>
    {
        public MSELoss(Reduction reduction = Reduction.Mean)
            : base(reduction)
        {
        }

        public override Tensor forward(Tensor input, Tensor target) => functional.mse_loss(input, target, reduction);
    }

    /// <summary>Mean absolute error (see functional.l1_loss).</summary>
    public sealed class L1Loss : Loss<Tensor, Tensor, Tensor>
    {
        public L1Loss(Reduction reduction = Reduction.Mean)
            : base(reduction)
        {
        }

        public override Tensor forward(Tensor input, Tensor target) => functional.l1_loss(input, target, reduction);
    }

    /// <summary>Quadratic below beta, linear above (see functional.smooth_l1_loss).</summary>
    public sealed class SmoothL1Loss : Loss<Tensor, Tensor, Tensor>
    {
        public SmoothL1Loss(Reduction reduction = Reduction.Mean, double beta = 1.0)
            : base(reduction)
        {
            this.beta = beta;
        }

        public double beta { get; }

        public override Tensor forward(Tensor input, Tensor target) => functional.smooth_l1_loss(input, target, reduction, beta);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.MSELoss MSELoss(Reduction reduction = Reduction.Mean) => new(reduction);

            public static Modules.L1Loss L1Loss(Reduction reduction = Reduction.Mean) => new(reduction);

            public static Modules.SmoothL1Loss SmoothL1Loss(Reduction reduction = Reduction.Mean, double beta = 1.0) => new(reduction, beta);
        }
    }
}
