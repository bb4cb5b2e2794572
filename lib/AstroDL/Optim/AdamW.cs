using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// AdamW: Adam with decoupled weight decay, θ ← θ(1 − γλ) before the Adam step, so the decay is not
    /// rescaled by the adaptive denominator (torch.optim.AdamW; PyTorch also derives it from Adam).
    /// </summary>
    public sealed class AdamW : Adam
    {
        internal AdamW(IEnumerable<Parameter> parameters, Options options)
            : base(parameters, options)
        {
        }

        private protected override bool DecoupledWeightDecay => true;
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class optim
        {
            public static Modules.AdamW AdamW(IEnumerable<Modules.Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
                double eps = 1e-8, double weight_decay = 0.01, bool amsgrad = false, bool maximize = false) =>
                new(parameters, new Modules.Adam.Options
                {
                    LearningRate = lr, beta1 = beta1, beta2 = beta2, eps = eps, weight_decay = weight_decay, amsgrad = amsgrad, maximize = maximize,
                });
        }
    }
}
