namespace AstroDL;

public static partial class torch
{
    public static partial class distributions
    {
        /// <summary>
        /// A batch of probability distributions with PyTorch's interface: samples have the shape
        /// sample_shape + batch_shape, and log_prob, entropy, mean and variance are per batch element.
        /// </summary>
        public abstract class Distribution(long[] batch_shape, Generator? generator)
        {
            protected Generator? generator = generator;

            public long[] batch_shape { get; } = batch_shape;

            public virtual long[] event_shape => [];

            public abstract Tensor mean { get; }

            public abstract Tensor variance { get; }

            public virtual Tensor stddev => variance.sqrt();

            public virtual Tensor mode => throw new NotSupportedException($"{GetType().Name}.mode is not implemented.");

            /// <summary>Draws without a gradient (use rsample where the sample must be differentiable).</summary>
            public virtual Tensor sample(params long[] sample_shape)
            {
                using var _ = no_grad();
                return rsample(sample_shape);
            }

            /// <summary>A reparameterised draw: a differentiable function of the parameters and parameter-free noise.</summary>
            public virtual Tensor rsample(params long[] sample_shape) =>
                throw new NotSupportedException($"{GetType().Name} has no reparameterised sample; use sample() (and a score-function estimator).");

            public abstract Tensor log_prob(Tensor value);

            public abstract Tensor entropy();

            /// <summary>exp(entropy()).</summary>
            public Tensor perplexity() => entropy().exp();

            protected long[] ExtendedShape(long[] sample_shape) => [.. sample_shape, .. batch_shape, .. event_shape];
        }

        /// <summary>The broadcast shape of two parameter tensors (the batch shape of a two-parameter distribution).</summary>
        internal static long[] BatchShape(string name, Tensor a, Tensor b) => Tensor.BroadcastShapes(name, a, b);
    }
}
