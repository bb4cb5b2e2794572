namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>The base of loss modules: forward(input, target), reduced as <see cref="reduction"/> says.</summary>
        public abstract class Loss<T1, T2, TResult> : Module<T1, T2, TResult>
        {
            protected Loss(Reduction reduction = Reduction.Mean)
                : base(nameof(Loss<T1, T2, TResult>))
            {
                this.reduction = reduction;
            }

            public Reduction reduction { get; }
        }

        /// <summary>A loss with an optional weight, kept as a buffer so that moving the module to a device moves it too.</summary>
        public abstract class WeightedLoss<T1, T2, TResult> : Loss<T1, T2, TResult>
        {
            protected WeightedLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean)
                : base(reduction)
            {
                this.weight = weight;
                register_buffer(nameof(weight), weight);
            }

            public Tensor? weight { get; }
        }
    }
}
