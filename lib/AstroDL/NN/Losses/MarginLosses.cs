namespace AstroDL.Modules
{
    using static AstroDL.torch;
    using static AstroDL.torch.nn;

    /// <summary>Hinge loss for targets ±1 (see functional.hinge_embedding_loss).</summary>
    public sealed class HingeEmbeddingLoss : Loss<Tensor, Tensor, Tensor>
    {
        public HingeEmbeddingLoss(double margin = 1.0, Reduction reduction = Reduction.Mean)
            : base(reduction)
        {
            this.margin = margin;
        }

        public double margin { get; }

        public override Tensor forward(Tensor input, Tensor target) => functional.hinge_embedding_loss(input, target, margin, reduction);
    }

    /// <summary>Logistic loss for targets ±1 (see functional.soft_margin_loss).</summary>
    public sealed class SoftMarginLoss : Loss<Tensor, Tensor, Tensor>
    {
        public SoftMarginLoss(Reduction reduction = Reduction.Mean)
            : base(reduction)
        {
        }

        public override Tensor forward(Tensor input, Tensor target) => functional.soft_margin_loss(input, target, reduction);
    }

    /// <summary>Multi-class hinge loss (see functional.multi_margin_loss).</summary>
    public sealed class MultiMarginLoss : WeightedLoss<Tensor, Tensor, Tensor>
    {
        public MultiMarginLoss(int p = 1, double margin = 1.0, Tensor? weight = null, Reduction reduction = Reduction.Mean)
            : base(weight, reduction)
        {
            this.p = p;
            this.margin = margin;
        }

        public int p { get; }

        public double margin { get; }

        public override Tensor forward(Tensor input, Tensor target) => functional.multi_margin_loss(input, target, p, margin, weight, reduction);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.HingeEmbeddingLoss HingeEmbeddingLoss(double margin = 1.0, Reduction reduction = Reduction.Mean) => new(margin, reduction);

            public static Modules.SoftMarginLoss SoftMarginLoss(Reduction reduction = Reduction.Mean) => new(reduction);

            public static Modules.MultiMarginLoss MultiMarginLoss(int p = 1, double margin = 1.0, Tensor? weight = null, Reduction reduction = Reduction.Mean) =>
                new(p, margin, weight, reduction);
        }
    }
}
