namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// Loss functions with PyTorch's semantics. Each is composed of differentiable tensor ops, so autograd
        /// derives the gradient; the formulas are the numerically stable ones (log_softmax, softplus).
        /// </summary>
        public static partial class functional
        {
            // ---- regression ----

            /// <summary>(input − target)².</summary>
            public static Tensor mse_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
            {
                var t = ElementwiseTarget("mse_loss", input, target);
                return Reduce(input.sub(t).square(), reduction);
            }

            /// <summary>|input − target|.</summary>
            public static Tensor l1_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
            {
                var t = ElementwiseTarget("l1_loss", input, target);
                return Reduce(input.sub(t).abs(), reduction);
            }

            /// <summary>0.5·d²/beta where d = |input − target| is below beta, d − 0.5·beta elsewhere.</summary>
            public static Tensor smooth_l1_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, double beta = 1.0)
            {
                if (!(beta >= 0))
                    throw new ArgumentOutOfRangeException(nameof(beta), $"smooth_l1_loss: beta must be non-negative; got {beta}.");
                var t = ElementwiseTarget("smooth_l1_loss", input, target);
                var d = input.sub(t).abs();
                // With beta = 0 the quadratic piece is empty; skipping it avoids a 0/0 in the unused branch's gradient.
                if (beta == 0) return Reduce(d, reduction);
                return Reduce(where(d.lt(beta), d.square().mul(0.5 / beta), d.sub(0.5 * beta)), reduction);
            }

            // ---- classification ----

            /// <summary>
            /// −weight[t]·input[t] for log-probabilities input [N, C, d1, ...] and class indices target [N, d1, ...].
            /// The mean divides by the sum of the weights of the targets; targets equal to ignore_index count for nothing.
            /// </summary>
            public static Tensor nll_loss(Tensor input, Tensor target, Tensor? weight = null, Reduction reduction = Reduction.Mean, long ignore_index = -100)
            {
                var (rows, labels, shape) = ClassRows("nll_loss", input, target, ignore_index);
                var w = ClassWeight("nll_loss", weight, input, rows.dims[1]);
                var (losses, used) = PickedNegLogProbs(rows, labels, w, ignore_index);
                return Reduce(losses.reshape(shape), reduction, used.sum());
            }

            /// <summary>
            /// log_softmax over the class dimension followed by nll_loss. The target is either int64 class indices
            /// [N, d1, ...] or float class probabilities of the input's shape; label_smoothing mixes a uniform
            /// distribution into the target.
            /// </summary>
            public static Tensor cross_entropy(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100,
                Reduction reduction = Reduction.Mean, double label_smoothing = 0.0)
            {
                if (!(label_smoothing >= 0 && label_smoothing <= 1))
                    throw new ArgumentOutOfRangeException(nameof(label_smoothing), $"cross_entropy: label_smoothing must be in [0, 1]; got {label_smoothing}.");
                if (target.is_floating_point()) return ProbabilityCrossEntropy(input, target, weight, reduction, label_smoothing);

                if (weight is null && label_smoothing == 0)
                {
                    var (scores, indices, targetShape) = ClassRows("cross_entropy", input, target, ignore_index, checkRange: false);
                    return FusedCrossEntropy(scores, indices, targetShape, ignore_index, reduction);
                }
                var (rows, labels, shape) = ClassRows("cross_entropy", input, target, ignore_index);
                long classes = rows.dims[1];
                var w = ClassWeight("cross_entropy", weight, input, classes);
                var logp = rows.log_softmax(1);
                var (losses, used) = PickedNegLogProbs(logp, labels, w, ignore_index);
                if (label_smoothing > 0)
                {
                    // PyTorch adds the loss against the uniform target, −Σc w_c·log p_c / C, with the same divisor.
                    var uniform = (w is null ? logp : logp.mul(w)).sum(1).neg().mul(labels.ne(ignore_index).to_type(logp.dtype));
                    losses = losses.mul(1 - label_smoothing).add(uniform.mul(label_smoothing / classes));
                }
                return Reduce(losses.reshape(shape), reduction, used.sum());
            }

            /// <summary>
            /// The common case (class indices, no weights, no smoothing) as one backend pass that also leaves the gradient,
            /// so backward is a single scaling by the upstream gradient.
            /// </summary>
            private static Tensor FusedCrossEntropy(Tensor rows, Tensor labels, long[] shape, long ignore_index, Reduction reduction)
            {
                if (reduction is not (Reduction.None or Reduction.Sum or Reduction.Mean))
                    throw new ArgumentOutOfRangeException(nameof(reduction), $"Unknown reduction {reduction}; use Reduction.None, Mean or Sum.");
                var scores = rows.contiguous();
                var loss = Tensor.Empty(reduction == Reduction.None ? [scores.dims[0]] : [], scores.dtype, scores.device);
                var gradient = is_grad_enabled() && scores.requires_grad ? Tensor.Empty(scores.dims, scores.dtype, scores.device) : null;
                scores.Backend.CrossEntropy(scores.View, labels.View, ignore_index, reduction == Reduction.Mean, loss.View, gradient?.View ?? default);
                if (gradient is null) return reduction == Reduction.None ? loss.reshape(shape) : loss;
                var perRow = reduction == Reduction.None;
                loss.WithGrad("cross_entropy", [scores], g => [gradient.mul(perRow ? g.unsqueeze(1) : g)]).FirstOrderOnly();
                return perRow ? loss.reshape(shape) : loss;
            }

            /// <summary>−Σc weight_c·target_c·log_softmax(input)_c per sample; the mean is over samples.</summary>
            private static Tensor ProbabilityCrossEntropy(Tensor input, Tensor target, Tensor? weight, Reduction reduction, double label_smoothing)
            {
                // A float target of another shape is usually class indices stored as floats.
                if (input.dims.Length == 0 || !input.dims.AsSpan().SequenceEqual(target.dims))
                    throw new ArgumentException(
                        $"cross_entropy: float targets are class probabilities and must have the input's shape {input.ShapeText}; " +
                        $"got {target.dtype.Name()} {target.ShapeText}. For class indices pass an int64 tensor (.to_type(ScalarType.Int64)).");
                var t = ElementwiseTarget("cross_entropy", input, target);
                int classDim = input.dims.Length == 1 ? 0 : 1;
                long classes = input.dims[classDim];
                var logp = input.log_softmax(classDim);
                if (label_smoothing > 0) t = t.mul(1 - label_smoothing).add(label_smoothing / classes);
                var terms = logp.mul(t);
                if (ClassWeight("cross_entropy", weight, input, classes) is { } w)
                {
                    // Line the weights up with the class dimension: [C, 1, ..., 1].
                    terms = terms.mul(w.reshape([classes, .. Enumerable.Repeat(1L, input.dims.Length - classDim - 1)]));
                }
                return Reduce(terms.sum(classDim).neg(), reduction);
            }

            /// <summary>Per row −w[t]·scores[t] and the weights used (zero where the target is ignore_index).</summary>
            private static (Tensor losses, Tensor used) PickedNegLogProbs(Tensor rows, Tensor labels, Tensor? weight, long ignore_index)
            {
                var kept = labels.ne(ignore_index);
                var safe = where(kept, labels, zeros_like(labels));
                var picked = rows.gather(1, safe.unsqueeze(1)).squeeze(1);
                var used = (weight is null ? ones_like(picked) : weight.index_select(0, safe)).mul(kept.to_type(rows.dtype));
                return (picked.mul(used).neg(), used);
            }

            // ---- binary ----

            /// <summary>−weight·(t·log p + (1 − t)·log(1 − p)) for probabilities p (logs floored at −100, as in PyTorch).</summary>
            public static Tensor binary_cross_entropy(Tensor input, Tensor target, Tensor? weight = null, Reduction reduction = Reduction.Mean)
            {
                var t = ElementwiseTarget("binary_cross_entropy", input, target);
                CheckProbabilities(input);
                var losses = t.mul(FlooredLog(input)).add(t.neg().add(1).mul(FlooredLog(input.neg().add(1)))).neg();
                return Reduce(Weighted(losses, ElementWeight("binary_cross_entropy", "weight", weight, input)), reduction);
            }

            /// <summary>
            /// binary_cross_entropy(sigmoid(input), target) computed from the logits as
            /// (1 − t)·x + (1 + (pos_weight − 1)·t)·softplus(−x), which stays finite for any logit.
            /// </summary>
            public static Tensor binary_cross_entropy_with_logits(Tensor input, Tensor target, Tensor? weight = null,
                Reduction reduction = Reduction.Mean, Tensor? pos_weights = null)
            {
                const string loss = "binary_cross_entropy_with_logits";
                var t = ElementwiseTarget(loss, input, target);
                var softplus = input.neg().softplus();
                if (ElementWeight(loss, "pos_weights", pos_weights, input) is { } pw) softplus = softplus.mul(pw.sub(1).mul(t).add(1));
                var losses = t.neg().add(1).mul(input).add(softplus);
                return Reduce(Weighted(losses, ElementWeight(loss, "weight", weight, input)), reduction);
            }

            private static void CheckProbabilities(Tensor input)
            {
                using var _ = no_grad();
                if (input.lt(0).logical_or(input.gt(1)).any().ToBoolean())
                    throw new ArgumentException(
                        $"binary_cross_entropy: input values must be probabilities in [0, 1]; got values from {input.min().ToDouble()} " +
                        $"to {input.max().ToDouble()}. For logits use binary_cross_entropy_with_logits (BCEWithLogitsLoss), or apply sigmoid first.");
            }

            /// <summary>max(log p, −100), with a zero gradient (not 0/0) where p is 0.</summary>
            private static Tensor FlooredLog(Tensor p)
            {
                var positive = p.gt(0);
                var log = where(positive, p, ones_like(p)).log();
                return where(positive, log, full_like(p, -100.0)).clamp_min(-100);
            }

            private static Tensor Weighted(Tensor losses, Tensor? weight) => weight is null ? losses : losses.mul(weight);

            // ---- margin ----

            /// <summary>input where target is 1, max(0, margin − input) where target is −1.</summary>
            public static Tensor hinge_embedding_loss(Tensor input, Tensor target, double margin = 1.0, Reduction reduction = Reduction.Mean)
            {
                var t = ElementwiseTarget("hinge_embedding_loss", input, target);
                var zero = zeros_like(input);
                // PyTorch's rule, which also gives other labels both terms.
                var losses = where(t.ne(1), input.neg().add(margin).clamp_min(0), zero).add(where(t.ne(-1), input, zero));
                return Reduce(losses, reduction);
            }

            /// <summary>The logistic loss log(1 + exp(−target·input)) for targets ±1.</summary>
            public static Tensor soft_margin_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
            {
                var t = ElementwiseTarget("soft_margin_loss", input, target);
                return Reduce(input.mul(t).neg().softplus(), reduction);
            }

            /// <summary>
            /// Multi-class hinge loss: Σ_{j≠y} weight[y]·max(0, margin − x[y] + x[j])^p / C per sample, for scores
            /// [N, C] (or [C]) and class indices [N] (or a 0-d index).
            /// </summary>
            public static Tensor multi_margin_loss(Tensor input, Tensor target, int p = 1, double margin = 1.0, Tensor? weight = null,
                Reduction reduction = Reduction.Mean)
            {
                const string loss = "multi_margin_loss";
                if (p is not (1 or 2))
                    throw new ArgumentOutOfRangeException(nameof(p), $"{loss}: p must be 1 or 2; got {p}.");
                if (input.dims.Length > 2)
                    throw new ArgumentException($"{loss}: input must be [N, C] or [C]; got {input.ShapeText}.");
                var (rows, labels, shape) = ClassRows(loss, input, target, ignore_index: null);
                long classes = rows.dims[1];
                var hinge = rows.sub(rows.gather(1, labels.unsqueeze(1))).add(margin).clamp_min(0);
                if (p == 2) hinge = hinge.square();
                if (ClassWeight(loss, weight, input, classes) is { } w) hinge = hinge.mul(w.index_select(0, labels).unsqueeze(1));
                // The target's own column is left out of the sum.
                var others = arange(classes, ScalarType.Int64, input.device).unsqueeze(0).ne(labels.unsqueeze(1));
                var losses = hinge.mul(others.to_type(rows.dtype)).sum(1).div(classes);
                return Reduce(losses.reshape(shape), reduction);
            }
        }
    }
}
