namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>self + weight · (end − self).</summary>
        public Tensor lerp(Tensor end, Tensor weight) => add(weight.mul(end.sub(this)));

        /// <summary>x · log(y), and 0 where x is 0 unless y is NaN (the entropy terms of a cross-entropy).</summary>
        public Tensor xlogy(Tensor y)
        {
            var zero = eq(0).logical_and(y.isnan().logical_not());
            // log is taken of 1 where x is 0, so neither branch of the choice is NaN and no NaN reaches a gradient.
            var safeY = where(zero, ScalarLike(1), y);
            return where(zero, ScalarLike(0), mul(safeY.log()));
        }

        public Tensor xlogy(Scalar y) => xlogy(ScalarLike(y));

        /// <summary>Python's modulus: self − floor(self / divisor) · divisor, with the sign of the divisor.</summary>
        public Tensor remainder(Tensor target)
        {
            if (!is_floating_point() && !target.is_floating_point())
            {
                // Integers stay integers; float64 holds them exactly below 2^53.
                using var _ = no_grad();
                return to_type(ScalarType.Float64).remainder(target.to_type(ScalarType.Float64)).to_type(ScalarType.Int64);
            }
            Tensor quotient;
            using (no_grad()) quotient = div(target).floor();
            return sub(quotient.mul(target));
        }

        public Tensor remainder(Scalar scalar) => remainder(ScalarLike(scalar));

        public static Tensor operator %(Tensor left, Tensor right) => left.remainder(right);
        public static Tensor operator %(Tensor left, Scalar right) => left.remainder(right);
        public static Tensor operator %(Tensor left, int right) => left.remainder(right);
        public static Tensor operator %(Tensor left, long right) => left.remainder(right);
        public static Tensor operator %(Tensor left, float right) => left.remainder(right);
        public static Tensor operator %(Tensor left, double right) => left.remainder(right);
    }

    public static Tensor lerp(Tensor input, Tensor end, Tensor weight) => input.lerp(end, weight);
    public static Tensor xlogy(Tensor x, Tensor y) => x.xlogy(y);
    public static Tensor xlogy(Tensor x, Scalar y) => x.xlogy(y);
    public static Tensor remainder(Tensor left, Tensor right) => left.remainder(right);
    public static Tensor remainder(Tensor left, Scalar right) => left.remainder(right);
}
