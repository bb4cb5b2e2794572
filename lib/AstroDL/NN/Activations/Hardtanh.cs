using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>x clamped to [min_val, max_val].</summary>
    public sealed class Hardtanh : nn.Module<Tensor, Tensor>
    {
        internal Hardtanh(double min_val, double max_val, bool inplace)
            : base(nameof(Hardtanh))
        {
            if (!(min_val < max_val))
                throw new ArgumentException($"Hardtanh: min_val ({min_val}) must be below max_val ({max_val}).");
            this.min_val = min_val;
            this.max_val = max_val;
            this.inplace = inplace;
        }

        public double min_val { get; }

        public double max_val { get; }

        public bool inplace { get; }

        public override Tensor forward(Tensor input) => nn.functional.hardtanh(input, min_val, max_val, inplace);

        public override string extra_repr() => $"min_val={Repr.Float(min_val)}, max_val={Repr.Float(max_val)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Hardtanh Hardtanh(double min_val = -1, double max_val = 1, bool inplace = false) => new(min_val, max_val, inplace);

            public static partial class functional
            {
                /// <summary>x clamped to [min_val, max_val] (in place when inplace).</summary>
                public static Tensor hardtanh(Tensor x, double min_val = -1, double max_val = 1, bool inplace = false) =>
                    inplace ? x.clamp_(min_val, max_val) : x.clamp(min_val, max_val);
            }
        }
    }
}
