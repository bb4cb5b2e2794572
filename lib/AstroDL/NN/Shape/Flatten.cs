using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>Merges dimensions start_dim..end_dim into one (by default all but the batch dimension).</summary>
    public sealed class Flatten : nn.Module<Tensor, Tensor>
    {
        internal Flatten(long start_dim, long end_dim)
            : base(nameof(Flatten))
        {
            this.start_dim = start_dim;
            this.end_dim = end_dim;
        }

        public long start_dim { get; }

        public long end_dim { get; }

        public override Tensor forward(Tensor input) => input.flatten(start_dim, end_dim);

        public override string extra_repr() => $"start_dim={start_dim}, end_dim={end_dim}";
    }

    /// <summary>Splits dimension dim into the sizes unflattened_size (the inverse of Flatten).</summary>
    public sealed class Unflatten : nn.Module<Tensor, Tensor>
    {
        private readonly long[] unflattenedSize;

        internal Unflatten(long dim, long[] unflattened_size)
            : base(nameof(Unflatten))
        {
            this.dim = dim;
            unflattenedSize = (long[])unflattened_size.Clone();
        }

        public long dim { get; }

        public long[] unflattened_size => (long[])unflattenedSize.Clone();

        public override Tensor forward(Tensor input)
        {
            var size = input.size((int)dim);
            var product = unflattenedSize.Aggregate(1L, (a, b) => a * b);
            if (!unflattenedSize.Contains(-1) && product != size)
                throw new ArgumentException(
                    $"{this}: dimension {dim} of the input {input.ShapeText} has size {size}, but the sizes {Repr.Tuple(unflattenedSize)} multiply to {product}.");
            return input.unflatten(dim, unflattenedSize);
        }

        public override string extra_repr() => $"dim={dim}, unflattened_size={Repr.Tuple(unflattenedSize)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Flatten Flatten(long start_dim = 1, long end_dim = -1) => new(start_dim, end_dim);

            public static Modules.Unflatten Unflatten(long dim, long[] unflattened_size) => new(dim, unflattened_size);
        }
    }
}
