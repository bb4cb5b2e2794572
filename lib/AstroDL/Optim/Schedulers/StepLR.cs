namespace AstroDL;

public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            public static partial class impl
            {
                /// <summary>Multiplies the rate by gamma every step_size epochs (torch.optim.lr_scheduler.StepLR).</summary>
                public sealed class StepLR : LRScheduler
                {
                    private readonly int stepSize;
                    private readonly double gamma;

                    internal StepLR(Optimizer optimizer, int step_size, double gamma)
                        : base(optimizer)
                    {
                        if (step_size <= 0) throw new ArgumentException($"StepLR: step_size must be positive, got {step_size}.");
                        stepSize = step_size;
                        this.gamma = gamma;
                    }

                    protected override double NextLearningRate(double lr, double initialLr) =>
                        last_epoch % stepSize == 0 ? lr * gamma : lr;
                }
            }

            public static LRScheduler StepLR(Optimizer optimizer, int step_size, double gamma = 0.1) =>
                new impl.StepLR(optimizer, step_size, gamma);
        }
    }
}
