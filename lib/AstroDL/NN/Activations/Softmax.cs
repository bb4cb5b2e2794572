using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>exp(x) normalised to sum to 1 along dim (class probabilities).</summary>
    public sealed class Softmax : nn.Module<Tensor, Tensor>
    {
        internal Softmax(long dim)
            : base(nameof(Softmax)) => this.dim = dim;

        public long dim { get; }

        public override Tensor forward(Tensor input) => nn.functional.softmax(input, dim);

        public override string extra_repr() => $"dim={dim}";
    }

    /// <summary>log(softmax(x)) along dim, computed stably (pairs with NLLLoss).</summary>
    public sealed class LogSoftmax : nn.Module<Tensor, Tensor>
    {
        internal LogSoftmax(long dim)
            : base(nameof(LogSoftmax)) => this.dim = dim;

        public long dim { get; }

        public override Tensor forward(Tensor input) => nn.functional.log_softmax(input, dim);

        public override string extra_repr() => $"dim={dim}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Softmax Softmax(long dim) => new(dim);

            public static Modules.LogSoftmax LogSoftmax(long dim) => new(dim);
        }
    }
}
