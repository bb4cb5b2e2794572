using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// Splits the C channels of each sample into num_groups groups and normalizes each group to zero mean and unit variance,
    /// then applies a per-channel weight and bias (when affine). Independent of the batch size, same in training and eval.
    /// </summary>
    public sealed class GroupNorm : nn.Module<Tensor, Tensor>
    {
        internal GroupNorm(long num_groups, long num_channels, double eps, bool affine, Device? device, ScalarType? dtype)
            : base(nameof(GroupNorm))
        {
            if (num_groups <= 0 || num_channels <= 0 || num_channels % num_groups != 0)
                throw new ArgumentException(
                    $"GroupNorm: num_channels ({num_channels}) must be a positive multiple of num_groups ({num_groups}).");
            this.num_groups = num_groups;
            this.num_channels = num_channels;
            this.eps = eps;
            this.affine = affine;
            if (affine)
            {
                var type = dtype ?? get_default_dtype();
                weight = new Parameter(ones([num_channels], type, device));
                bias = new Parameter(zeros([num_channels], type, device));
                register_parameter(nameof(weight), weight);
                register_parameter(nameof(bias), bias);
            }
        }

        public long num_groups { get; }

        public long num_channels { get; }

        public double eps { get; set; }

        public bool affine { get; }

        /// <summary>The per-channel scale (null without affine).</summary>
        public Parameter? weight { get; }

        /// <summary>The per-channel shift (null without affine).</summary>
        public Parameter? bias { get; }

        public override Tensor forward(Tensor input) => nn.functional.group_norm(input, num_groups, weight, bias, eps);

        public override string extra_repr() => $"{num_groups}, {num_channels}, eps={Repr.Float(eps)}, affine={Repr.Bool(affine)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.GroupNorm GroupNorm(long num_groups, long num_channels, double eps = 1e-05, bool affine = true,
                Device? device = null, ScalarType? dtype = null) =>
                new(num_groups, num_channels, eps, affine, device, dtype);

            public static partial class functional
            {
                /// <summary>Group normalization of [N, C, ...]: each of num_groups channel groups per sample to zero mean and unit (biased) variance.</summary>
                public static Tensor group_norm(Tensor input, long num_groups, Tensor? weight = null, Tensor? bias = null, double eps = 1e-05)
                {
                    if (input.dim() < 2 || num_groups <= 0 || input.shape[1] % num_groups != 0)
                        throw new ArgumentException(
                            $"group_norm: the input {input.ShapeText} must be [N, C, ...] with C a multiple of num_groups ({num_groups}).");
                    var groups = input.reshape(input.shape[0], num_groups, -1);
                    var normalized = StandardizeLast(groups, eps).view(input.shape);
                    return Affine(normalized, weight?.view(ChannelShape(input)), bias?.view(ChannelShape(input)));
                }

                // (x − mean) / √(var + eps) over the last dimension, with the biased variance.
                private static Tensor StandardizeLast(Tensor x, double eps)
                {
                    var centred = x.sub(x.mean([-1], keepdim: true));
                    return centred.mul(centred.square().mean([-1], keepdim: true).add(eps).rsqrt());
                }
            }
        }
    }
}
