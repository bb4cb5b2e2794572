namespace AstroDL.Modules
{
    using static AstroDL.torch;
    using static AstroDL.torch.nn;

    /// <summary>Binary cross entropy of probabilities (see functional.binary_cross_entropy).</summary>
    public sealed class BCELoss : WeightedLoss<Tensor, Tensor, Tensor>
    {
        public BCELoss(Tensor? weight = null, Reduction reduction = Reduction.Mean)
            : base(weight, reduction)
        {
        }

        public override Tensor forward(Tensor input, Tensor target) => functional.binary_cross_entropy(input, target, weight, reduction);
    }

    /// <summary>Sigmoid and binary cross entropy in one, stable for any logit (see functional.binary_cross_entropy_with_logits).</summary>
    public sealed class BCEWithLogitsLoss : WeightedLoss<Tensor, Tensor, Tensor>
    {
        public BCEWithLogitsLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean, Tensor? pos_weights = null)
            : base(weight, reduction)
        {
            this.pos_weights = pos_weights;
            register_buffer("pos_weight", pos_weights);
        }

        public Tensor? pos_weights { get; }

        public override Tensor forward(Tensor input, Tensor target) =>
            functional.binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weights);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.BCELoss BCELoss(Tensor? weight = null, Reduction reduction = Reduction.Mean) => new(weight, reduction);

            public static Modules.BCEWithLogitsLoss BCEWithLogitsLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean, Tensor? pos_weights = null) =>
                new(weight, reduction, pos_weights);
        }
    }
}
