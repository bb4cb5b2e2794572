namespace AstroDL;

public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            public static partial class impl
            {
                /// <summary>Multiplies the rate by gamma every epoch (torch.optim.lr_scheduler.ExponentialLR).</summary>
                public sealed class ExponentialLR : LRScheduler
                {
                    private readonly double gamma;

                    internal ExponentialLR(Optimizer optimizer, double gamma)
                        : base(optimizer) => this.gamma = gamma;

                    protected override double NextLearningRate(double lr, double initialLr) => lr * gamma;
                }
            }

            public static LRScheduler ExponentialLR(Optimizer optimizer, double gamma = 0.1) =>
                new impl.ExponentialLR(optimizer, gamma);
        }
    }
}
