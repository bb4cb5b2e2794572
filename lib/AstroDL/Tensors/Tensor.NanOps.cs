namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        // NaN is the one value that differs from itself; integers and bools have none.
        public Tensor isnan() => ne(this);

        public Tensor isinf() => is_floating_point() ? abs().eq(double.PositiveInfinity) : zeros_like(this, ScalarType.Bool);

        public Tensor isfinite() => isnan().logical_or(isinf()).logical_not();

        /// <summary>NaN, +inf and −inf replaced (by default with 0 and the dtype's largest and lowest finite values).</summary>
        public Tensor nan_to_num(double nan = 0, double? posinf = null, double? neginf = null)
        {
            if (!is_floating_point()) return this;
            double largest = dtype == ScalarType.Float32 ? float.MaxValue : double.MaxValue;
            var y = where(isnan(), ScalarLike(nan), this);
            y = where(eq(double.PositiveInfinity), ScalarLike(posinf ?? largest), y);
            return where(eq(double.NegativeInfinity), ScalarLike(neginf ?? -largest), y);
        }

        /// <summary>This tensor with its NaNs set to zero (the gradient of a NaN entry is zero).</summary>
        private Tensor ZeroNaNs() => is_floating_point() ? where(isnan(), ScalarLike(0), this) : this;

        public Tensor nansum() => ZeroNaNs().sum();

        public Tensor nanmean(long? dim = null, bool keepdim = false, ScalarType? dtype = null)
        {
            var x = dtype is { } t ? to_type(t) : this;
            if (!x.is_floating_point())
                throw new InvalidOperationException($"nanmean() needs a floating point tensor, this one is {x.dtype.Name()}; pass dtype: float32.");
            long[]? axes = dim is { } d ? [d] : null;
            var count = x.isnan().logical_not().sum(axes, keepdim, x.dtype);
            return x.ZeroNaNs().sum(axes, keepdim).div(count);
        }
    }

    public static Tensor isnan(Tensor input) => input.isnan();
    public static Tensor isinf(Tensor input) => input.isinf();
    public static Tensor isfinite(Tensor input) => input.isfinite();
    public static Tensor nan_to_num(Tensor input, double nan = 0, double? posinf = null, double? neginf = null) => input.nan_to_num(nan, posinf, neginf);
    public static Tensor nansum(Tensor input) => input.nansum();
    public static Tensor nanmean(Tensor input, long? dim = null, bool keepdim = false, ScalarType? dtype = null) => input.nanmean(dim, keepdim, dtype);
}
