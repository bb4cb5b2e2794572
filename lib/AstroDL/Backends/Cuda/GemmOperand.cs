namespace AstroDL.Backends.Cuda;

/// <summary>
/// How cuBLAS (column-major) reads one row-major matrix operand in place. The backend computes C = A·B as
/// Cᵀ = Bᵀ·Aᵀ, so each operand X (rows × cols, with a row stride and a column stride) must be seen as Xᵀ in
/// column-major form: either directly (unit column stride: op N, leading dimension = row stride) or as X stored
/// column-major and transposed by cuBLAS (unit row stride, e.g. a transposed view: op T, leading dimension =
/// column stride). Anything else (broadcast rows, both strides large) must be copied to a contiguous matrix first.
/// </summary>
internal readonly record struct GemmOperand(bool Transpose, long LeadingDimension)
{
    /// <summary>The in-place form, or null when the matrix must be made contiguous first.</summary>
    public static GemmOperand? Describe(long rows, long cols, long rowStride, long colStride)
    {
        // A stride along a dim of size 1 is never used, so any value fits there.
        if (colStride == 1 || cols == 1)
        {
            long ld = rows == 1 ? Math.Max(cols, 1) : rowStride;
            if (ld >= Math.Max(cols, 1)) return new GemmOperand(false, ld);
        }
        if (rowStride == 1 || rows == 1)
        {
            long ld = cols == 1 ? Math.Max(rows, 1) : colStride;
            if (ld >= Math.Max(rows, 1)) return new GemmOperand(true, ld);
        }
        return null;
    }
}
