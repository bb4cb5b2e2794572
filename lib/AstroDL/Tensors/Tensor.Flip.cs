namespace AstroDL;

public static partial class torch
{
    /// <summary>The input with the order of elements reversed along each given dimension.</summary>
    public static Tensor flip(Tensor input, params long[] dims) => input.flip(dims);

    /// <summary>The input rotated by k·90° in the plane of the two dimensions (from the first toward the second).</summary>
    public static Tensor rot90(Tensor input, long k = 1, (long, long)? dims = null) => input.rot90(k, dims);

    public partial class Tensor
    {
        /// <summary>A copy with the order of elements reversed along each given dimension.</summary>
        public Tensor flip(params long[] dims)
        {
            var x = this;
            foreach (var d in dims.Select(d => NormalizeDim(d, this.dims.Length, "flip")).Distinct())
            {
                var reversed = arange(this.dims[d] - 1, -1, -1, ScalarType.Int64, device);
                x = x.index_select(d, reversed);
            }
            return ReferenceEquals(x, this) ? clone() : x;
        }

        /// <summary>
        /// A copy rotated by k·90° in the plane of dims (default (0, 1)), turning the first dimension toward the second;
        /// for an image [..., H, W] with dims (-2, -1) and k = 1 that is a quarter turn counter-clockwise.
        /// </summary>
        public Tensor rot90(long k = 1, (long, long)? dims = null)
        {
            var (first, second) = dims ?? (0, 1);
            int a = NormalizeDim(first, this.dims.Length, "rot90"), b = NormalizeDim(second, this.dims.Length, "rot90");
            if (a == b)
                throw new ArgumentException($"rot90: the two dimensions must differ, got {first} and {second} for a {ShapeText} tensor.");
            return (((k % 4) + 4) % 4) switch
            {
                1 => flip(b).transpose(a, b),
                2 => flip(a, b),
                3 => flip(a).transpose(a, b),
                _ => clone(),
            };
        }
    }
}
