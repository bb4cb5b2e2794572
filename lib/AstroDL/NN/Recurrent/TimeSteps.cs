using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// Splits a sequence into its time steps (views) so that the backward pass gathers the steps' gradients into one
/// buffer. Slicing each step out with select() or narrow() would instead build and sum a full-size gradient for every
/// step, which costs time quadratic in the length.
/// </summary>
internal static class TimeSteps
{
    /// <summary>The T steps [N, ...] of a padded [T, N, ...] sequence.</summary>
    public static Tensor[] Unbind(Tensor sequence)
    {
        if (!sequence.requires_grad || !is_grad_enabled()) return sequence.unbind(0);
        var sizes = new long[sequence.shape[0]];
        Array.Fill(sizes, sequence.shape[1]);
        return Split(sequence.reshape([-1, .. sequence.shape[2..]]), sizes);
    }

    /// <summary>Consecutive row blocks of the given sizes along dim 0 (the steps of a packed sequence: one per time step).</summary>
    public static Tensor[] Split(Tensor rows, long[] sizes)
    {
        var steps = new Tensor[sizes.Length];
        var starts = new long[sizes.Length];
        for (int t = 1; t < sizes.Length; t++) starts[t] = starts[t - 1] + sizes[t - 1];
        if (!rows.requires_grad || !is_grad_enabled())
        {
            for (int t = 0; t < steps.Length; t++) steps[t] = rows.narrow(0, starts[t], sizes[t]);
            return steps;
        }
        var gathered = new GradientBuffer(rows.shape, rows.dtype, rows.device);
        // A hub (an empty tensor) sits between the rows and the steps. Each step's backward adds its gradient into the
        // buffer and passes the hub an empty gradient; the hub was recorded before the steps, so it runs after all of them
        // and hands the whole buffer to the rows.
        var hub = empty([0], rows.dtype, rows.device).WithGrad("split_steps", [rows], _ => [gathered.Take()]).FirstOrderOnly();
        for (int t = 0; t < steps.Length; t++)
        {
            long start = starts[t], size = sizes[t];
            steps[t] = rows.detach().narrow(0, start, size).WithGrad("split_step", [hub], g =>
            {
                gathered.AddAt(start, size, g);
                return [empty([0], g.dtype, g.device)];
            }).FirstOrderOnly();
        }
        return steps;
    }

    /// <summary>Zeros until the first gradient arrives; taken (and forgotten) by the hub, so a retained graph starts afresh.</summary>
    private sealed class GradientBuffer(long[] shape, ScalarType dtype, Device device)
    {
        private Tensor? buffer;

        public void AddAt(long start, long size, Tensor g)
        {
            // Made during backward but outliving the step node that makes it, so kept out of the pass's dispose scope.
            buffer ??= zeros(shape, dtype, device).DetachFromDisposeScope();
            buffer.narrow(0, start, size).AddInto(g);
        }

        public Tensor Take()
        {
            var result = buffer ?? zeros(shape, dtype, device);
            buffer = null;
            return result;
        }
    }
}
