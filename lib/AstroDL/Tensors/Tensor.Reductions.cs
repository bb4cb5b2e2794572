using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>The distinct axes named by dim in increasing order (all axes when dim is null or empty).</summary>
        private int[] ReduceAxes(string op, long[]? dim)
        {
            bool all = dim is null || dim.Length == 0;
            var named = new bool[Math.Max(dims.Length, 1)];
            int count = 0;
            for (int i = 0; i < (all ? dims.Length : dim!.Length); i++)
            {
                int axis = all ? i : NormalizeDim(dim![i], dims.Length, op);
                if (named[axis]) continue;
                named[axis] = true;
                count++;
            }
            var axes = new int[count];
            for (int axis = 0, at = 0; axis < named.Length; axis++)
            {
                if (named[axis]) axes[at++] = axis;
            }
            return axes;
        }

        private long[] KeptShape(int[] axes)
        {
            var shape = (long[])dims.Clone();
            foreach (var a in axes) shape[a] = 1;
            return shape;
        }

        private long[] DroppedShape(int[] axes)
        {
            var shape = new long[dims.Length - axes.Length];
            for (int i = 0, at = 0; i < dims.Length; i++)
            {
                if (Array.IndexOf(axes, i) < 0) shape[at++] = dims[i];
            }
            return shape;
        }

        /// <summary>Runs a reduction kernel, returning the keepdim-shaped result.</summary>
        private Tensor ReduceRaw(ReduceOp op, int[] axes, ScalarType type)
        {
            var x = to_type(type);
            var y = Empty(KeptShape(axes), type, device);
            Backend.Reduce(op, x.View, y.View);
            return y;
        }

        private static ScalarType SumType(ScalarType t) => torch.is_floating_point(t) ? t : ScalarType.Int64;

        public Tensor sum(long[]? dim = null, bool keepdim = false, ScalarType? type = null)
        {
            var axes = ReduceAxes("sum", dim);
            var y = ReduceRaw(ReduceOp.Sum, axes, type ?? SumType(dtype));
            var kept = y.dims;
            var source = dims;
            if (!keepdim) y = y.view(DroppedShape(axes));
            return y.WithGrad("sum", [this], g => [g.reshape(kept).expand(source).contiguous()]);
        }

        public Tensor sum(long dim, bool keepdim = false, ScalarType? type = null) => sum([dim], keepdim, type);

        public Tensor mean(long[]? dim = null, bool keepdim = false, ScalarType? type = null)
        {
            if (!is_floating_point() && type is null)
                throw new InvalidOperationException($"mean() needs a floating point tensor, this one is {dtype.Name()}; use .to(float32) first or pass type: float32.");
            var axes = ReduceAxes("mean", dim);
            long count = axes.Aggregate(1L, (n, a) => n * dims[a]);
            return sum(dim, keepdim, type).div(count);
        }

        public Tensor mean(long dim, bool keepdim = false) => mean([dim], keepdim);

        public Tensor prod(long[]? dim = null, bool keepdim = false)
        {
            var axes = ReduceAxes("prod", dim);
            var y = ReduceRaw(ReduceOp.Prod, axes, SumType(dtype));
            var kept = y;
            var x = this;
            if (!keepdim) y = y.view(DroppedShape(axes));
            return y.WithGrad("prod", [this], g =>
            {
                // prod / x is 0/0 where x is 0; there the gradient is the product of the others (nonzero only for a lone zero).
                var nonzero = x.ne(0);
                var safe = where(nonzero, x, ones_like(x));
                var loneZero = nonzero.logical_not().sum(dim, keepdim: true).eq(1);
                var others = where(nonzero, kept.div(safe), safe.prod(dim, keepdim: true).mul(loneZero));
                return [g.reshape(kept.dims).mul(others)];
            }, x, kept);
        }

        /// <summary>The largest element (a 0-d tensor).</summary>
        public Tensor max() => Extremum("max", ReduceOp.Max);

        public Tensor min() => Extremum("min", ReduceOp.Min);

        private Tensor Extremum(string name, ReduceOp op)
        {
            var axes = ReduceAxes(name, null);
            var y = ReduceRaw(op, axes, dtype).view([]);
            var x = this;
            // The gradient is shared evenly between elements that tie for the extremum.
            return y.WithGrad(name, [x], g =>
            {
                var mask = x.eq(y).to_type(g.dtype);
                return [mask.mul(g).div(mask.sum())];
            }, x, y);
        }

        /// <summary>Largest values along a dimension and where they are (first occurrence).</summary>
        public (Tensor values, Tensor indexes) max(long dim, bool keepdim = false) => ArgExtremum("max", true, dim, keepdim);

        public (Tensor values, Tensor indexes) min(long dim, bool keepdim = false) => ArgExtremum("min", false, dim, keepdim);

        private (Tensor values, Tensor indexes) ArgExtremum(string name, bool isMax, long dim, bool keepdim)
        {
            int d = NormalizeDim(dim, dims.Length, name);
            var kept = KeptShape([d]);
            var values = Empty(kept, dtype == ScalarType.Bool ? ScalarType.Int64 : dtype, device);
            var indexes = Empty(kept, ScalarType.Int64, device);
            Backend.ArgReduce(isMax, to_type(values.dtype).View, d, values.View, indexes.View);
            var source = dims;
            var keptIndexes = indexes;
            values = values.WithGrad(name, [this], g =>
            {
                var full = zeros(source, g.dtype, g.device);
                return [full.scatter_add(d, keptIndexes, g.reshape(kept))];
            });
            if (!keepdim)
            {
                values = values.squeeze(d);
                indexes = indexes.squeeze(d);
            }
            return (values, indexes);
        }

        public Tensor amax(long[] dim, bool keepdim = false) => dim.Length == 1 ? max(dim[0], keepdim).values : MultiAxis(dim, keepdim, true);

        public Tensor amin(long[] dim, bool keepdim = false) => dim.Length == 1 ? min(dim[0], keepdim).values : MultiAxis(dim, keepdim, false);

        private Tensor MultiAxis(long[] dim, bool keepdim, bool isMax)
        {
            var axes = ReduceAxes(isMax ? "amax" : "amin", dim);
            var y = ReduceRaw(isMax ? ReduceOp.Max : ReduceOp.Min, axes, dtype);
            var x = this;
            var kept = y;
            if (!keepdim) y = y.view(DroppedShape(axes));
            return y.WithGrad(isMax ? "amax" : "amin", [x], g =>
            {
                var mask = x.eq(kept).to_type(g.dtype);
                return [mask.mul(g.reshape(kept.dims)).div(mask.sum(dim, keepdim: true))];
            }, x, kept);
        }

        public Tensor argmax() => flatten().max(0).indexes;

        public Tensor argmax(long dim, bool keepdim = false) => max(dim, keepdim).indexes;

        public Tensor argmin() => flatten().min(0).indexes;

        public Tensor argmin(long dim, bool keepdim = false) => min(dim, keepdim).indexes;

        /// <summary>Variance; unbiased (dividing by N − 1) by default, as in PyTorch.</summary>
        public Tensor var(long[]? dim = null, bool unbiased = true, bool keepdim = false)
        {
            var axes = ReduceAxes("var", dim);
            long count = axes.Aggregate(1L, (n, a) => n * dims[a]);
            var centred = sub(mean(dim, keepdim: true));
            return centred.square().sum(dim, keepdim).div(Math.Max(count - (unbiased ? 1 : 0), 0));
        }

        public Tensor var(long dim, bool unbiased = true, bool keepdim = false) => var([dim], unbiased, keepdim);

        public Tensor var(bool unbiased) => var(null, unbiased);

        public Tensor std(long[]? dim = null, bool unbiased = true, bool keepdim = false) => var(dim, unbiased, keepdim).sqrt();

        public Tensor std(long dim, bool unbiased = true, bool keepdim = false) => std([dim], unbiased, keepdim);

        public Tensor std(bool unbiased) => std(null, unbiased);

        /// <summary>log(sum(exp(x))) computed stably (the maximum is taken out first).</summary>
        public Tensor logsumexp(long dim, bool keepdim = false)
        {
            int d = NormalizeDim(dim, dims.Length, "logsumexp");
            Tensor shift;
            using (no_grad())
            {
                shift = max(d, keepdim: true).values;
                shift = where(shift.abs().eq(double.PositiveInfinity), zeros_like(shift), shift);
            }
            var result = sub(shift).exp().sum(d, keepdim: true).log().add(shift);
            return keepdim ? result : result.squeeze(d);
        }

        /// <summary>The p-norm of all elements (p = 2 by default).</summary>
        public Tensor norm(double p = 2)
        {
            if (double.IsPositiveInfinity(p)) return abs().max();
            if (p == 1) return abs().sum();
            if (p == 2) return square().sum().sqrt();
            return abs().pow(p).sum().pow(1 / p);
        }

        /// <summary>
        /// The p-norm along one dimension (TorchSharp's overload: an integer argument is a dimension, so norm(1) is the
        /// 2-norm along dim 1; write norm(p: 1) for the 1-norm of all elements).
        /// </summary>
        public Tensor norm(int dim, bool keepdim = false, double p = 2)
        {
            if (double.IsPositiveInfinity(p)) return abs().amax([dim], keepdim);
            if (p == 1) return abs().sum(dim, keepdim);
            if (p == 2) return square().sum(dim, keepdim).sqrt();
            return abs().pow(p).sum(dim, keepdim).pow(1 / p);
        }

        public Tensor all() => to_type(ScalarType.Bool).to_type(ScalarType.Int64).min().to_type(ScalarType.Bool);

        // A count, not a max: the max of no elements would be the smallest int64, which reads as true.
        public Tensor any() => count_nonzero().gt(0);

        public Tensor count_nonzero() => to_type(ScalarType.Bool).sum();

        /// <summary>Whether every element along <paramref name="dim"/> is non-zero (bool).</summary>
        public Tensor all(long dim, bool keepdim = false) => count_nonzero(dim, keepdim).eq(shape[NormalizeDim(dim, (int)ndim, "all")]);

        /// <summary>Whether any element along <paramref name="dim"/> is non-zero (bool).</summary>
        public Tensor any(long dim, bool keepdim = false) => count_nonzero(dim, keepdim).gt(0);

        /// <summary>The number of non-zero elements along <paramref name="dim"/> (int64).</summary>
        public Tensor count_nonzero(long dim, bool keepdim = false) => to_type(ScalarType.Bool).sum(dim, keepdim);
    }
}
