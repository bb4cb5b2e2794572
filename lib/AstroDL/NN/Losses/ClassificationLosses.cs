namespace AstroDL.Modules
{
    using static AstroDL.torch;
    using static AstroDL.torch.nn;

    /// <summary>Negative log likelihood of log-probabilities (see functional.nll_loss).</summary>
    public sealed class NLLLoss : WeightedLoss<Tensor, Tensor, Tensor>
    {
        public NLLLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean, long ignore_index = -100)
            : base(weight, reduction)
        {
            this.ignore_index = ignore_index;
        }

        public long ignore_index { get; }

        public override Tensor forward(Tensor input, Tensor target) => functional.nll_loss(input, target, weight, reduction, ignore_index);
    }

    /// <summary>log_softmax and NLL in one, from logits (see functional.cross_entropy).</summary>
    public sealed class CrossEntropyLoss : WeightedLoss<Tensor, Tensor, Tensor>
    {
        public CrossEntropyLoss(Tensor? weight = null, long? ignore_index = null, Reduction reduction = Reduction.Mean, double label_smoothing = 0.0)
            : base(weight, reduction)
        {
            this.ignore_index = ignore_index;
            this.label_smoothing = label_smoothing;
        }

        public long? ignore_index { get; }

        public double label_smoothing { get; }

        public override Tensor forward(Tensor input, Tensor target) =>
            functional.cross_entropy(input, target, weight, ignore_index ?? -100, reduction, label_smoothing);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.NLLLoss NLLLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean, long ignore_index = -100) =>
                new(weight, reduction, ignore_index);

            public static Modules.CrossEntropyLoss CrossEntropyLoss(Tensor? weight = null, long? ignore_index = null,
                Reduction reduction = Reduction.Mean, double label_smoothing = 0.0) =>
                new(weight, ignore_index, reduction, label_smoothing);
        }
    }
}
