namespace AstroDL;

public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            public static partial class impl
            {
                /// <summary>
                /// Anneals the rate from its initial value to eta_min along half a cosine over T_max epochs
                /// (torch.optim.lr_scheduler.CosineAnnealingLR). PyTorch's recursive form is kept exactly, so past
                /// T_max the rate climbs back up the cosine (period 2·T_max) instead of staying at eta_min.
                /// </summary>
                public sealed class CosineAnnealingLR : LRScheduler
                {
                    private readonly int tMax;
                    private readonly double etaMin;

                    internal CosineAnnealingLR(Optimizer optimizer, int T_max, double eta_min)
                        : base(optimizer)
                    {
                        if (T_max <= 0) throw new ArgumentException($"CosineAnnealingLR: T_max must be positive, got {T_max}.");
                        tMax = T_max;
                        etaMin = eta_min;
                    }

                    // η_t = η_min + (η_{t−1} − η_min)·(1 + cos(πt/T)) / (1 + cos(π(t−1)/T)); at t − 1 − T ≡ 0 (mod 2T)
                    // that ratio is 0/0, so PyTorch adds the step up from the trough instead: (η₀ − η_min)(1 − cos(π/T))/2.
                    protected override double NextLearningRate(double lr, double initialLr)
                    {
                        int t = last_epoch;
                        if ((t - 1 - tMax) % (2 * tMax) == 0)
                            return lr + (initialLr - etaMin) * (1 - Math.Cos(Math.PI / tMax)) / 2;
                        return (1 + Math.Cos(Math.PI * t / tMax)) / (1 + Math.Cos(Math.PI * (t - 1) / tMax)) * (lr - etaMin) + etaMin;
                    }
                }
            }

            public static LRScheduler CosineAnnealingLR(Optimizer optimizer, int T_max, double eta_min = 0) =>
                new impl.CosineAnnealingLR(optimizer, T_max, eta_min);
        }
    }
}
