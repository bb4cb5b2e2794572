using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Returns its input: a placeholder where a layer is optional.</summary>
    public sealed class Identity : nn.Module<Tensor, Tensor>
    {
        internal Identity()
            : base(nameof(Identity))
        {
        }

        public override Tensor forward(Tensor input) => input;
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Identity Identity() => new();
        }
    }
}
