using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        // ---- machinery ----

        /// <summary>Runs a unary kernel into a new tensor (integers go to float32 for the float-only functions).</summary>
        internal Tensor Map(UnaryOp op, double alpha = 0, double beta = 0)
        {
            var x = this;
            if (x.dtype == ScalarType.Bool || (!x.is_floating_point() && !IsIntegerOp(op))) x = x.to_type(ScalarType.Float32);
            var y = Empty(x.dims, x.dtype, x.device);
            Backend.Unary(op, x.View, y.View, alpha, beta);
            return y;
        }

        private static bool IsIntegerOp(UnaryOp op) =>
            op is UnaryOp.Neg or UnaryOp.Abs or UnaryOp.Sign or UnaryOp.Square or UnaryOp.Relu or UnaryOp.Affine or UnaryOp.Clamp;

        internal static long[] BroadcastShapes(string op, Tensor a, Tensor b) =>
            Layout.TryBroadcast(a.dims, b.dims) ?? throw new ArgumentException(
                $"{op}: shapes {a.ShapeText} and {b.ShapeText} cannot be broadcast together (sizes must match or be 1, " +
                "aligned from the last dimension).");

        internal static void CheckSameDevice(string op, Tensor a, Tensor b)
        {
            if (!a.device.Equals(b.device))
                throw new ArgumentException(
                    $"{op}: tensors are on different devices ({a.device} and {b.device}). Move one with .to(device).");
        }

        /// <summary>The view of this tensor read with the broadcast shape (no copy).</summary>
        internal View BroadcastView(long[] shape) => View.With(shape, Layout.BroadcastStrides(dims, strides, shape));

        internal static Tensor Zip(string name, BinaryOp op, Tensor a, Tensor b)
        {
            CheckSameDevice(name, a, b);
            var shape = BroadcastShapes(name, a, b);
            var type = Promote(a.dtype, b.dtype);
            if (type == ScalarType.Bool) type = ScalarType.Int64;
            if (!torch.is_floating_point(type) && op is BinaryOp.Div or BinaryOp.Pow or BinaryOp.Atan2) type = ScalarType.Float32;
            var y = Empty(shape, type, a.device);
            a.Backend.Binary(op, a.to_type(type).BroadcastView(shape), b.to_type(type).BroadcastView(shape), y.View);
            return y;
        }

        /// <summary>Sums a broadcast gradient back to the shape of the input it came from.</summary>
        internal static Tensor SumTo(Tensor g, long[] shape)
        {
            if (g.dims.AsSpan().SequenceEqual(shape)) return g;
            int lead = g.dims.Length - shape.Length;
            var axes = new List<long>();
            for (int i = 0; i < g.dims.Length; i++)
            {
                if (i < lead || (shape[i - lead] == 1 && g.dims[i] != 1)) axes.Add(i);
            }
            var summed = axes.Count == 0 ? g : g.sum(axes.ToArray(), keepdim: true);
            return summed.reshape(shape);
        }

        internal Tensor ScalarLike(Scalar s) => full([], s, s.IsFloating && !is_floating_point() ? ScalarType.Float32 : dtype, device);

        // ---- arithmetic ----

        public Tensor add(Tensor other) => add(other, 1);

        public Tensor add(Tensor other, Scalar alpha)
        {
            var b = alpha.Value == 1 ? other : other.mul(alpha);
            var y = Zip("add", BinaryOp.Add, this, b);
            long[] sa = dims, sb = other.dims;
            return y.WithGrad("add", [this, other], g => [SumTo(g, sa), SumTo(alpha.Value == 1 ? g : g.mul(alpha), sb)]);
        }

        public Tensor add(Scalar s) => Affine("add", 1, s.Value, s);

        public Tensor sub(Tensor other)
        {
            var y = Zip("sub", BinaryOp.Sub, this, other);
            long[] sa = dims, sb = other.dims;
            return y.WithGrad("sub", [this, other], g => [SumTo(g, sa), SumTo(g.neg(), sb)]);
        }

        public Tensor sub(Scalar s) => Affine("sub", 1, -s.Value, s);

        public Tensor mul(Tensor other)
        {
            var y = Zip("mul", BinaryOp.Mul, this, other);
            var (a, b) = (this, other);
            return y.WithGrad("mul", [a, b], g => [SumTo(g.mul(b), a.dims), SumTo(g.mul(a), b.dims)], a, b);
        }

        public Tensor mul(Scalar s) => Affine("mul", s.Value, 0, s);

        public Tensor div(Tensor other)
        {
            var y = Zip("div", BinaryOp.Div, this, other);
            var (a, b) = (this, other);
            return y.WithGrad("div", [a, b], g => [SumTo(g.div(b), a.dims), SumTo(g.mul(a).div(b.mul(b)).neg(), b.dims)], a, b);
        }

        // Division is true division: integers go to float32 first, as for tensor divisors. It divides rather than
        // multiplying by the reciprocal, so that a mean of equal values is exactly that value (1/49 is not exact).
        public Tensor div(Scalar s)
        {
            if (!is_floating_point()) return to_type(ScalarType.Float32).div(s);
            var y = Zip("div", BinaryOp.Div, this, ScalarLike(s));
            return y.WithGrad("div", [this], g => [g.div(s)]);
        }

        /// <summary>scale·x + shift, for scalar add/sub/mul/div without a scalar tensor.</summary>
        private Tensor Affine(string op, double scale, double shift, Scalar s)
        {
            var x = s.IsFloating && !is_floating_point() ? to_type(ScalarType.Float32) : this;
            var y = x.Map(UnaryOp.Affine, scale, shift);
            return y.WithGrad(op, [this], g => [g.mul(scale)]);
        }

        public Tensor neg()
        {
            var y = Map(UnaryOp.Neg);
            return y.WithGrad("neg", [this], g => [g.neg()]);
        }

        public Tensor pow(Scalar exponent)
        {
            var x = this;
            var y = Map(UnaryOp.PowScalar, exponent.Value);
            double p = exponent.Value;
            return y.WithGrad("pow", [x], g => [g.mul(x.pow(p - 1)).mul(p)], x);
        }

        public Tensor pow(Tensor exponent)
        {
            var y = Zip("pow", BinaryOp.Pow, this, exponent);
            var (a, b) = (this, exponent);
            return y.WithGrad("pow", [a, b],
                g => [SumTo(g.mul(b).mul(a.pow(b.sub(1))), a.dims), SumTo(g.mul(y).mul(a.log()), b.dims)], a, b, y);
        }

        public Tensor maximum(Tensor other) => MinMax("maximum", BinaryOp.Maximum, other);

        public Tensor minimum(Tensor other) => MinMax("minimum", BinaryOp.Minimum, other);

        private Tensor MinMax(string name, BinaryOp op, Tensor other)
        {
            var y = Zip(name, op, this, other);
            var (a, b) = (this, other);
            // Ties send half the gradient each way, as PyTorch does.
            return y.WithGrad(name, [a, b], g =>
            {
                var pickA = a.eq(y).to_type(g.dtype);
                var pickB = b.eq(y).to_type(g.dtype);
                var share = pickA.add(pickB);
                return [SumTo(g.mul(pickA).div(share), a.dims), SumTo(g.mul(pickB).div(share), b.dims)];
            }, a, b, y);
        }

        public Tensor atan2(Tensor other)
        {
            var y = Zip("atan2", BinaryOp.Atan2, this, other);
            var (a, b) = (this, other);
            return y.WithGrad("atan2", [a, b], g =>
            {
                var r2 = a.mul(a).add(b.mul(b));
                return [SumTo(g.mul(b).div(r2), a.dims), SumTo(g.mul(a).neg().div(r2), b.dims)];
            }, a, b);
        }

        // ---- operators ----

        public static Tensor operator +(Tensor a, Tensor b) => a.add(b);
        public static Tensor operator +(Tensor a, Scalar b) => a.add(b);
        public static Tensor operator +(Scalar a, Tensor b) => b.add(a);
        public static Tensor operator -(Tensor a, Tensor b) => a.sub(b);
        public static Tensor operator -(Tensor a, Scalar b) => a.sub(b);
        public static Tensor operator -(Scalar a, Tensor b) => b.neg().add(a);
        public static Tensor operator *(Tensor a, Tensor b) => a.mul(b);
        public static Tensor operator *(Tensor a, Scalar b) => a.mul(b);
        public static Tensor operator *(Scalar a, Tensor b) => b.mul(a);
        public static Tensor operator /(Tensor a, Tensor b) => a.div(b);
        public static Tensor operator /(Tensor a, Scalar b) => a.div(b);
        public static Tensor operator /(Scalar a, Tensor b) => b.reciprocal().mul(a);
        public static Tensor operator -(Tensor a) => a.neg();
        // == and != compare elements (a Bool tensor), as in TorchSharp and PyTorch, so `if (a == b)` does not compile
        // instead of silently comparing references. Kit code tests identity with ReferenceEquals or `is null`.
        public static Tensor operator ==(Tensor a, Tensor b) => a.eq(b);
        public static Tensor operator !=(Tensor a, Tensor b) => a.ne(b);
        public static Tensor operator ==(Tensor a, Scalar b) => a.eq(b);
        public static Tensor operator !=(Tensor a, Scalar b) => a.ne(b);
        public static Tensor operator <(Tensor a, Tensor b) => a.lt(b);
        public static Tensor operator >(Tensor a, Tensor b) => a.gt(b);
        public static Tensor operator <=(Tensor a, Tensor b) => a.le(b);
        public static Tensor operator >=(Tensor a, Tensor b) => a.ge(b);
        public static Tensor operator <(Tensor a, Scalar b) => a.lt(b);
        public static Tensor operator >(Tensor a, Scalar b) => a.gt(b);
        public static Tensor operator <=(Tensor a, Scalar b) => a.le(b);
        public static Tensor operator >=(Tensor a, Scalar b) => a.ge(b);
        public static Tensor operator &(Tensor a, Tensor b) => a.logical_and(b);
        public static Tensor operator |(Tensor a, Tensor b) => a.logical_or(b);

        // Equals and GetHashCode stay reference identity (as in TorchSharp): tensors are mutable and live in hash sets and
        // dictionaries (dispose scopes, optimizer state, the autograd engine) by identity, and an elementwise Equals
        // could not return a bool. Use a.eq(b).all() or allclose to compare values.
        public override bool Equals(object? obj) => ReferenceEquals(this, obj);
        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

        // ---- comparisons (bool results, no gradient) ----

        private Tensor Compare(string name, CompareOp op, Tensor other)
        {
            CheckSameDevice(name, this, other);
            var shape = BroadcastShapes(name, this, other);
            var type = Promote(dtype, other.dtype);
            var y = Empty(shape, ScalarType.Bool, device);
            Backend.Compare(op, to_type(type).BroadcastView(shape), other.to_type(type).BroadcastView(shape), y.View);
            return y;
        }

        public Tensor eq(Tensor other) => Compare("eq", CompareOp.Eq, other);
        public Tensor ne(Tensor other) => Compare("ne", CompareOp.Ne, other);
        public Tensor lt(Tensor other) => Compare("lt", CompareOp.Lt, other);
        public Tensor le(Tensor other) => Compare("le", CompareOp.Le, other);
        public Tensor gt(Tensor other) => Compare("gt", CompareOp.Gt, other);
        public Tensor ge(Tensor other) => Compare("ge", CompareOp.Ge, other);
        public Tensor eq(Scalar other) => eq(ScalarLike(other));
        public Tensor ne(Scalar other) => ne(ScalarLike(other));
        public Tensor lt(Scalar other) => lt(ScalarLike(other));
        public Tensor le(Scalar other) => le(ScalarLike(other));
        public Tensor gt(Scalar other) => gt(ScalarLike(other));
        public Tensor ge(Scalar other) => ge(ScalarLike(other));

        private Tensor LogicalOp(string name, LogicalOp op, Tensor other)
        {
            CheckSameDevice(name, this, other);
            var shape = BroadcastShapes(name, this, other);
            var y = Empty(shape, ScalarType.Bool, device);
            Backend.Logical(op, to_type(ScalarType.Bool).BroadcastView(shape), other.to_type(ScalarType.Bool).BroadcastView(shape), y.View);
            return y;
        }

        public Tensor logical_and(Tensor other) => LogicalOp("logical_and", Backends.LogicalOp.And, other);
        public Tensor logical_or(Tensor other) => LogicalOp("logical_or", Backends.LogicalOp.Or, other);
        public Tensor logical_xor(Tensor other) => LogicalOp("logical_xor", Backends.LogicalOp.Xor, other);
        public Tensor logical_not() => eq(0);

        public bool allclose(Tensor other, double rtol = 1e-5, double atol = 1e-8)
        {
            using var _ = no_grad();
            var diff = sub(other).abs();
            var bound = other.abs().mul(rtol).add(atol);
            return diff.le(bound).all().ToBoolean();
        }

        public bool equal(Tensor other) =>
            dims.AsSpan().SequenceEqual(other.dims) && eq(other).all().ToBoolean();
    }
}
