using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        // Each function sits next to its derivative; gradients are written with tensor ops, so they run on any backend.

        public Tensor abs() => Unary("abs", UnaryOp.Abs, Saves.Input, (x, y, g) => g.mul(x.sign()));
        public Tensor sign() => Unary("sign", UnaryOp.Sign, Saves.Input, (x, y, g) => zeros_like(g));
        public Tensor square() => Unary("square", UnaryOp.Square, Saves.Input, (x, y, g) => g.mul(x).mul(2));
        public Tensor sqrt() => Unary("sqrt", UnaryOp.Sqrt, Saves.Output, (x, y, g) => g.div(y).mul(0.5));
        public Tensor rsqrt() => Unary("rsqrt", UnaryOp.Rsqrt, Saves.Output, (x, y, g) => g.mul(y.pow(3)).mul(-0.5));
        public Tensor reciprocal() => Unary("reciprocal", UnaryOp.Reciprocal, Saves.Output, (x, y, g) => g.mul(y.square()).neg());
        public Tensor exp() => Unary("exp", UnaryOp.Exp, Saves.Output, (x, y, g) => g.mul(y));
        public Tensor expm1() => Unary("expm1", UnaryOp.Expm1, Saves.Output, (x, y, g) => g.mul(y.add(1)));
        public Tensor log() => Unary("log", UnaryOp.Log, Saves.Input, (x, y, g) => g.div(x));
        public Tensor log1p() => Unary("log1p", UnaryOp.Log1p, Saves.Input, (x, y, g) => g.div(x.add(1)));
        public Tensor log2() => log().div(Math.Log(2));
        public Tensor log10() => log().div(Math.Log(10));
        public Tensor sin() => Unary("sin", UnaryOp.Sin, Saves.Input, (x, y, g) => g.mul(x.cos()));
        public Tensor cos() => Unary("cos", UnaryOp.Cos, Saves.Input, (x, y, g) => g.mul(x.sin()).neg());
        public Tensor tanh() => Unary("tanh", UnaryOp.Tanh, Saves.Output, (x, y, g) => g.mul(y.square().neg().add(1)));
        public Tensor tan() => Unary("tan", UnaryOp.Tan, Saves.Output, (x, y, g) => g.mul(y.square().add(1)));
        public Tensor asin() => Unary("asin", UnaryOp.Asin, Saves.Input, (x, y, g) => g.mul(x.square().neg().add(1).rsqrt()));
        public Tensor acos() => Unary("acos", UnaryOp.Acos, Saves.Input, (x, y, g) => g.mul(x.square().neg().add(1).rsqrt()).neg());
        public Tensor atan() => Unary("atan", UnaryOp.Atan, Saves.Input, (x, y, g) => g.div(x.square().add(1)));
        public Tensor sinh() => Unary("sinh", UnaryOp.Sinh, Saves.Input, (x, y, g) => g.mul(x.cosh()));
        public Tensor cosh() => Unary("cosh", UnaryOp.Cosh, Saves.Input, (x, y, g) => g.mul(x.sinh()));
        // asinh is the astronomer's stretch (Lupton et al.): log-like for bright pixels, linear near the sky.
        public Tensor asinh() => Unary("asinh", UnaryOp.Asinh, Saves.Input, (x, y, g) => g.mul(x.square().add(1).rsqrt()));
        public Tensor acosh() => Unary("acosh", UnaryOp.Acosh, Saves.Input, (x, y, g) => g.mul(x.square().sub(1).rsqrt()));
        public Tensor atanh() => Unary("atanh", UnaryOp.Atanh, Saves.Input, (x, y, g) => g.div(x.square().neg().add(1)));
        public Tensor sigmoid() => Unary("sigmoid", UnaryOp.Sigmoid, Saves.Output, (x, y, g) => g.mul(y).mul(y.neg().add(1)));
        public Tensor relu() => Unary("relu", UnaryOp.Relu, Saves.Input, (x, y, g) =>
            is_grad_enabled() ? g.mul(x.gt(0).to_type(g.dtype)) : Zip("relu", BinaryOp.ReluBackward, g, x));
        public Tensor floor() => Unary("floor", UnaryOp.Floor, Saves.Input, (x, y, g) => zeros_like(g));
        public Tensor ceil() => Unary("ceil", UnaryOp.Ceil, Saves.Input, (x, y, g) => zeros_like(g));
        public Tensor round() => Unary("round", UnaryOp.Round, Saves.Input, (x, y, g) => zeros_like(g));

        public Tensor leaky_relu(double negative_slope = 0.01) =>
            Unary("leaky_relu", UnaryOp.LeakyRelu, Saves.Input, (x, y, g) => g.mul(Choose(x.gt(0), 1.0, negative_slope, g)), negative_slope);

        public Tensor elu(double alpha = 1.0) =>
            Unary("elu", UnaryOp.Elu, Saves.Input | Saves.Output, (x, y, g) => g.mul(where(x.gt(0), ones_like(g), y.add(alpha))), alpha);

        /// <summary>log(1 + exp(beta·x)) / beta, linear where beta·x exceeds the threshold (PyTorch's Softplus).</summary>
        public Tensor softplus(double beta = 1, double threshold = 20) =>
            Unary("softplus", UnaryOp.Softplus, Saves.Input, (x, y, g) =>
            {
                var slope = x.mul(beta).sigmoid();
                return g.mul(where(x.mul(beta).gt(threshold), ones_like(g), slope));
            }, beta, threshold);

        public Tensor clamp(Scalar? min = null, Scalar? max = null)
        {
            double lo = min?.Value ?? double.NaN, hi = max?.Value ?? double.NaN;
            if (!is_floating_point() && (min?.IsFloating == true || max?.IsFloating == true)) return to_type(ScalarType.Float32).clamp(min, max);
            if (!is_floating_point())
            {
                lo = min?.Value ?? long.MinValue;
                hi = max?.Value ?? long.MaxValue;
            }
            return Unary("clamp", UnaryOp.Clamp, Saves.Input, (x, y, g) =>
            {
                var inside = ones_like(x, ScalarType.Bool);
                if (min is not null) inside = inside.logical_and(x.ge(min.Value));
                if (max is not null) inside = inside.logical_and(x.le(max.Value));
                return g.mul(inside);
            }, lo, hi);
        }

        public Tensor clamp_min(Scalar min) => clamp(min, null);
        public Tensor clamp_max(Scalar max) => clamp(null, max);
        public Tensor clip(Scalar? min = null, Scalar? max = null) => clamp(min, max);

        /// <summary>What a unary op's derivative reads, so an in-place change of anything else is allowed (as in PyTorch).</summary>
        [Flags]
        private enum Saves
        {
            Input = 1,
            Output = 2,
        }

        private Tensor Unary(string name, UnaryOp op, Saves saves, Func<Tensor, Tensor, Tensor, Tensor> derivative, double alpha = 0, double beta = 0)
        {
            var x = this;
            var y = Map(op, alpha, beta);
            Tensor[] saved = saves switch
            {
                Saves.Input => [x],
                Saves.Output => [y],
                _ => [x, y],
            };
            return y.WithGrad(name, [x], g => [derivative(x, y, g)], saved);
        }

        // ---- in place ----
        // Outside the graph they write straight into this tensor. When autograd records them, the op runs out of place
        // and this tensor takes the result's value and grad_fn (PyTorch's rebase), so the graph sees the value before.

        /// <summary>The general form: computes the result into a temporary, then copies it in (for mixed dtypes, overlaps, views).</summary>
        private Tensor InPlace(string name, Func<Tensor, Tensor> compute, Tensor? source = null)
        {
            if (RecordsInPlace(name, source)) return RebaseOnto(name, compute);
            var result = compute(this);
            if (!result.dims.AsSpan().SequenceEqual(dims))
                throw new ArgumentException($"{name}: the result {result.ShapeText} does not fit the tensor {ShapeText} being updated in place.");
            MarkModified(name, result);
            Backend.Copy(result.BroadcastView(dims), View);
            // The temporary was made here and recorded nowhere (grad mode would have taken the path above), so its memory can go.
            if (!ReferenceEquals(result, this)) result.Dispose();
            return this;
        }

        /// <summary>this = this op other, written straight into this tensor when the dtypes match and the operands do not overlap.</summary>
        private Tensor ZipInPlace(string name, BinaryOp op, Tensor other, Func<Tensor, Tensor> compute)
        {
            bool direct = other.dtype == dtype && dtype != ScalarType.Bool && (is_floating_point() || op != BinaryOp.Div)
                && !ReferenceEquals(other.storage, storage) && Layout.TryBroadcast(other.dims, dims) is { } shape
                && shape.AsSpan().SequenceEqual(dims) && device.Equals(other.device);
            if (!direct || RecordsInPlace(name, other)) return InPlace(name, compute, other);
            MarkModified(name, other);
            Backend.Binary(op, View, other.BroadcastView(dims), View);
            return this;
        }

        /// <summary>this = f(this) for a unary kernel, in place when this tensor is contiguous and of a dtype the kernel keeps.</summary>
        private Tensor MapInPlace(string name, UnaryOp op, Func<Tensor, Tensor> compute, double alpha = 0, double beta = 0)
        {
            if (!is_contiguous() || !is_floating_point() || RecordsInPlace(name, null)) return InPlace(name, compute);
            MarkModified(name);
            Backend.Unary(op, View, View, alpha, beta);
            return this;
        }

        private Tensor AffineInPlace(string name, double scale, double shift, Scalar s, Func<Tensor, Tensor> compute) =>
            s.IsFloating || is_floating_point() ? MapInPlace(name, UnaryOp.Affine, compute, scale, shift) : InPlace(name, compute);

        public Tensor add_(Tensor other, Scalar? alpha = null) =>
            alpha is null || alpha.Value.Value == 1 ? ZipInPlace("add_", BinaryOp.Add, other, t => t.add(other)) : InPlace("add_", t => t.add(other, alpha.Value), other);
        public Tensor add_(Scalar other) => AffineInPlace("add_", 1, other.Value, other, t => t.add(other));
        public Tensor sub_(Tensor other) => ZipInPlace("sub_", BinaryOp.Sub, other, t => t.sub(other));
        public Tensor sub_(Scalar other) => AffineInPlace("sub_", 1, -other.Value, other, t => t.sub(other));
        public Tensor mul_(Tensor other) => ZipInPlace("mul_", BinaryOp.Mul, other, t => t.mul(other));
        public Tensor mul_(Scalar other) => AffineInPlace("mul_", other.Value, 0, other, t => t.mul(other));
        public Tensor div_(Tensor other) => ZipInPlace("div_", BinaryOp.Div, other, t => t.div(other));
        // True division, as div(Scalar) does (a multiplication by 1/s would round differently).
        public Tensor div_(Scalar other) => ZipInPlace("div_", BinaryOp.Div, ScalarLike(other), t => t.div(other));
        public Tensor clamp_(Scalar? min = null, Scalar? max = null) =>
            MapInPlace("clamp_", UnaryOp.Clamp, t => t.clamp(min, max), min?.Value ?? double.NaN, max?.Value ?? double.NaN);
        public Tensor relu_() => MapInPlace("relu_", UnaryOp.Relu, t => t.relu());
        public Tensor leaky_relu_(double negative_slope = 0.01) =>
            MapInPlace("leaky_relu_", UnaryOp.LeakyRelu, t => t.leaky_relu(negative_slope), negative_slope);
        public Tensor neg_() => MapInPlace("neg_", UnaryOp.Neg, t => t.neg());
        public Tensor sqrt_() => MapInPlace("sqrt_", UnaryOp.Sqrt, t => t.sqrt());
        public Tensor exp_() => MapInPlace("exp_", UnaryOp.Exp, t => t.exp());

        /// <summary>self += alpha · a · b (elementwise), as in PyTorch's addcmul_.</summary>
        public Tensor addcmul_(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            InPlace("addcmul_", t => t.add(tensor1.mul(tensor2).mul(value ?? 1)), AnyRequiringGrad(tensor1, tensor2));

        /// <summary>self += alpha · a / b (elementwise), as in PyTorch's addcdiv_.</summary>
        public Tensor addcdiv_(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            InPlace("addcdiv_", t => t.add(tensor1.div(tensor2).mul(value ?? 1)), AnyRequiringGrad(tensor1, tensor2));

        private static Tensor AnyRequiringGrad(Tensor a, Tensor b) => a.requires_grad ? a : b;

        public Tensor zero_() => fill_(0);

        public Tensor fill_(Scalar value)
        {
            MarkModified("fill_");
            Backend.Fill(View, value.Value);
            return this;
        }

        /// <summary>Copies src (broadcast to this shape, converted to this dtype) into this tensor.</summary>
        public Tensor copy_(Tensor src)
        {
            CheckSameDevice("copy_", this, src);
            if (Layout.TryBroadcast(src.dims, dims) is not { } shape || !shape.AsSpan().SequenceEqual(dims))
                throw new ArgumentException($"copy_: cannot copy a {src.ShapeText} tensor into a {ShapeText} tensor.");
            if (RecordsInPlace("copy_", src)) return RebaseOnto("copy_", _ => src.to_type(dtype).expand(dims).clone());
            MarkModified("copy_", src);
            Backend.Copy(src.BroadcastView(dims), View);
            return this;
        }
    }

    /// <summary>Elementwise choice: x where condition is true, else y (both broadcast).</summary>
    public static Tensor where(Tensor condition, Tensor x, Tensor y)
    {
        var shape = Tensor.BroadcastShapes("where", x, y);
        shape = Layout.TryBroadcast(shape, condition.dims) ?? throw new ArgumentException(
            $"where: the condition {condition.ShapeText} does not broadcast with {Layout.Format(shape)}.");
        var type = Promote(x.dtype, y.dtype);
        var result = Tensor.Empty(shape, type, x.device);
        x.Backend.Where(condition.to_type(ScalarType.Bool).BroadcastView(shape), x.to_type(type).BroadcastView(shape),
            y.to_type(type).BroadcastView(shape), result.View);
        var cond = condition;
        return result.WithGrad("where", [x, y], g =>
        {
            var zero = zeros_like(g);
            return [Tensor.SumTo(where(cond, g, zero), x.dims), Tensor.SumTo(where(cond, zero, g), y.dims)];
        }, condition);
    }

    /// <summary>where() with two scalars, in the dtype and on the device of <paramref name="like"/>.</summary>
    internal static Tensor Choose(Tensor condition, Scalar x, Scalar y, Tensor like) =>
        where(condition, full([], x, like.dtype, like.device), full([], y, like.dtype, like.device));
}
