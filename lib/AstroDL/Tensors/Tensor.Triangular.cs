namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>The upper triangle of the last two dimensions: entries with column − row ≥ diagonal, zeros elsewhere.</summary>
        public Tensor triu(long diagonal = 0) => Triangle("triu", diagonal, upper: true);

        /// <summary>The lower triangle of the last two dimensions: entries with column − row ≤ diagonal, zeros elsewhere.</summary>
        public Tensor tril(long diagonal = 0) => Triangle("tril", diagonal, upper: false);

        private Tensor Triangle(string name, long diagonal, bool upper)
        {
            if (dims.Length < 2) throw new ArgumentException($"{name}: needs a matrix or a batch of matrices, got {ShapeText}.");
            var rows = arange(dims[^2], ScalarType.Int64, device).unsqueeze(1);
            var offset = arange(dims[^1], ScalarType.Int64, device).sub(rows);
            var keep = upper ? offset.ge(diagonal) : offset.le(diagonal);
            return where(keep, this, ScalarLike(0));
        }
    }

    public static Tensor triu(Tensor input, long diagonal = 0) => input.triu(diagonal);
    public static Tensor tril(Tensor input, long diagonal = 0) => input.tril(diagonal);
}
