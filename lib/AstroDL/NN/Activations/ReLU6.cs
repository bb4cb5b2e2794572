using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>min(max(0, x), 6), the ReLU of mobile networks (bounded, so low-precision friendly).</summary>
    public sealed class ReLU6 : nn.Module<Tensor, Tensor>
    {
        internal ReLU6(bool inplace)
            : base(nameof(ReLU6)) => this.inplace = inplace;

        public bool inplace { get; }

        public override Tensor forward(Tensor input) => nn.functional.relu6(input, inplace);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ReLU6 ReLU6(bool inplace = false) => new(inplace);

            public static partial class functional
            {
                /// <summary>x clamped to [0, 6].</summary>
                public static Tensor relu6(Tensor x, bool inplace = false) => hardtanh(x, 0, 6, inplace);
            }
        }
    }
}
