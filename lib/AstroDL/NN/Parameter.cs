namespace AstroDL.Modules
{
    using static AstroDL.torch;

    /// <summary>A tensor that belongs to a module and is trained: a leaf that requires a gradient by default.</summary>
    public class Parameter : Tensor
    {
        public Parameter(Tensor data, bool requires_grad = true)
            : base(data.detach())
        {
            DetachFromDisposeScope();
            if (requires_grad) requires_grad_();
        }
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Parameter Parameter(Tensor data, bool requires_grad = true) => new(data, requires_grad);
        }
    }
}
