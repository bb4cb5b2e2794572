using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// Normalizes each sample over its last dimensions (normalized_shape) to zero mean and unit variance, then applies a
    /// learnable elementwise weight and bias of that shape (when elementwise_affine). Same in training and eval.
    /// </summary>
    public sealed class LayerNorm : nn.Module<Tensor, Tensor>
    {
        internal LayerNorm(long[] normalized_shape, double eps, bool elementwise_affine, bool hasBias, Device? device, ScalarType? dtype)
            : base(nameof(LayerNorm))
        {
            if (normalized_shape.Length == 0 || normalized_shape.Any(s => s <= 0))
                throw new ArgumentException($"LayerNorm: normalized_shape must be one or more positive sizes, got ({string.Join(", ", normalized_shape)}).");
            this.normalized_shape = (long[])normalized_shape.Clone();
            this.eps = eps;
            this.elementwise_affine = elementwise_affine;
            var type = dtype ?? get_default_dtype();
            if (elementwise_affine)
            {
                weight = new Parameter(empty(normalized_shape, type, device));
                register_parameter(nameof(weight), weight);
                if (hasBias)
                {
                    bias = new Parameter(empty(normalized_shape, type, device));
                    register_parameter(nameof(bias), bias);
                }
            }
            reset_parameters();
        }

        public long[] normalized_shape { get; }

        public double eps { get; set; }

        public bool elementwise_affine { get; }

        /// <summary>The elementwise scale (null without elementwise_affine).</summary>
        public Parameter? weight { get; }

        /// <summary>The elementwise shift (null without elementwise_affine or bias).</summary>
        public Parameter? bias { get; }

        /// <summary>Weight 1 and bias 0, so a fresh layer only normalizes.</summary>
        public void reset_parameters()
        {
            if (weight is not null) nn.init.ones_(weight);
            if (bias is not null) nn.init.zeros_(bias);
        }

        public override Tensor forward(Tensor input) => nn.functional.layer_norm(input, normalized_shape, weight, bias, eps);

        public override string extra_repr() =>
            $"{Repr.Tuple(normalized_shape)}, eps={Repr.Float(eps)}, elementwise_affine={Repr.Bool(elementwise_affine)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>Layer normalization over the last dimensions, which must equal normalized_shape.</summary>
            public static Modules.LayerNorm LayerNorm(long[] normalized_shape, double eps = 1e-05, bool elementwise_affine = true, bool bias = true,
                Device? device = null, ScalarType? dtype = null) =>
                new(normalized_shape, eps, elementwise_affine, bias, device, dtype);

            /// <summary>Layer normalization over the last dimension, of size normalized_shape.</summary>
            public static Modules.LayerNorm LayerNorm(long normalized_shape, double eps = 1e-05, bool elementwise_affine = true, bool bias = true,
                Device? device = null, ScalarType? dtype = null) =>
                new([normalized_shape], eps, elementwise_affine, bias, device, dtype);
        }
    }
}
