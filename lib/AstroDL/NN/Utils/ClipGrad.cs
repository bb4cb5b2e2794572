using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class utils
        {
            /// <summary>
            /// Scales all gradients together so their joint norm is at most max_norm, and returns the norm they had
            /// (as PyTorch: coefficient max_norm / (norm + 1e-6), capped at 1). norm_type may be
            /// double.PositiveInfinity for the largest absolute element. Parameters without a gradient are skipped.
            /// </summary>
            public static double clip_grad_norm_(IEnumerable<Parameter> parameters, double max_norm, double norm_type = 2.0)
            {
                ArgumentNullException.ThrowIfNull(parameters);
                if (!(norm_type > 0)) throw new ArgumentException($"clip_grad_norm_: norm_type must be positive, got {norm_type}.");
                var grads = parameters.Select(p => p.GradInternal).OfType<Tensor>().ToList();
                if (grads.Count == 0) return 0;

                double total;
                using (no_grad())
                {
                    // The norm of the per-tensor norms is the norm over all elements.
                    var norms = grads.Select(g => g.norm(norm_type).item<double>());
                    total = double.IsPositiveInfinity(norm_type)
                        ? norms.Max()
                        : Math.Pow(norms.Sum(n => Math.Pow(n, norm_type)), 1 / norm_type);
                    var coef = max_norm / (total + 1e-6);
                    // A NaN norm gives NaN gradients, as in PyTorch, rather than silently keeping them.
                    if (coef < 1 || double.IsNaN(coef))
                    {
                        foreach (var g in grads) g.mul_(coef);
                    }
                }
                return total;
            }

            /// <summary>Clamps every gradient element to [−clip_value, clip_value] in place.</summary>
            public static void clip_grad_value_(IEnumerable<Parameter> parameters, double clip_value)
            {
                ArgumentNullException.ThrowIfNull(parameters);
                if (!(clip_value >= 0)) throw new ArgumentException($"clip_grad_value_: clip_value must be >= 0, got {clip_value}.");
                using (no_grad())
                {
                    foreach (var p in parameters) p.GradInternal?.clamp_(-clip_value, clip_value);
                }
            }
        }
    }
}
