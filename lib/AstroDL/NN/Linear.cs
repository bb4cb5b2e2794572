using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>y = x·Wᵀ + b over the last dimension of x; W is [out_features, in_features].</summary>
    public sealed class Linear : WeightedLayer
    {
        internal Linear(long in_features, long out_features, bool hasBias, Device? device, ScalarType? dtype)
            : base(nameof(Linear))
        {
            if (in_features < 0 || out_features < 0)
                throw new ArgumentException($"Linear: in_features ({in_features}) and out_features ({out_features}) cannot be negative.");
            this.in_features = in_features;
            this.out_features = out_features;
            CreateParameters([out_features, in_features], hasBias ? out_features : null, device, dtype);
        }

        public long in_features { get; }

        public long out_features { get; }

        public override Tensor forward(Tensor input)
        {
            if (input.dim() == 0 || input.shape[^1] != in_features)
                throw new ArgumentException(
                    $"{this}: the input {input.ShapeText} should have {in_features} features in its last dimension. " +
                    "Check the in_features of this layer against the output size of the layer before it.");
            return nn.functional.linear(input, weight, bias);
        }

        public override string extra_repr() =>
            $"in_features={in_features}, out_features={out_features}, bias={Repr.Bool(bias is not null)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>A fully connected layer mapping inputSize features to outputSize features.</summary>
            public static Modules.Linear Linear(long inputSize, long outputSize, bool hasBias = true, Device? device = null, ScalarType? dtype = null) =>
                new(inputSize, outputSize, hasBias, device, dtype);
        }
    }
}
