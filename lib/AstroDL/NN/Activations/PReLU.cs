using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>A leaky ReLU whose negative slope is learned: one slope, or one per channel (dimension 1).</summary>
    public sealed class PReLU : nn.Module<Tensor, Tensor>
    {
        internal PReLU(long num_parameters, double init, Device? device, ScalarType? dtype)
            : base(nameof(PReLU))
        {
            if (num_parameters <= 0)
                throw new ArgumentException($"PReLU: num_parameters must be positive (1, or the number of channels), got {num_parameters}.");
            this.num_parameters = num_parameters;
            this.init = init;
            weight = new Parameter(full([num_parameters], init, dtype ?? get_default_dtype(), device));
            register_parameter(nameof(weight), weight);
        }

        public long num_parameters { get; }

        public double init { get; }

        public Parameter weight { get; }

        public override Tensor forward(Tensor input) => nn.functional.prelu(input, weight);

        public override string extra_repr() => $"num_parameters={num_parameters}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.PReLU PReLU(long num_parameters, double init = 0.25, Device? device = null, ScalarType? dtype = null) =>
                new(num_parameters, init, device, dtype);

            public static partial class functional
            {
                /// <summary>x for x &gt; 0, weight·x otherwise; a weight of C slopes applies per channel (dimension 1).</summary>
                public static Tensor prelu(Tensor input, Tensor weight)
                {
                    var slope = weight;
                    if (weight.numel() != 1)
                    {
                        if (weight.dim() != 1 || input.dim() < 2 || input.shape[1] != weight.shape[0])
                            throw new ArgumentException(
                                $"prelu: weight {weight.ShapeText} must hold one slope, or one per channel of the input {input.ShapeText} (dimension 1).");
                        var shape = Enumerable.Repeat(1L, (int)input.dim()).ToArray();
                        shape[1] = weight.shape[0];
                        slope = weight.view(shape);
                    }
                    return input.relu().add(input.clamp_max(0).mul(slope));
                }
            }
        }
    }
}
