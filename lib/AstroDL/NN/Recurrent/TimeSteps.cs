using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// Splits a [T, ...] sequence into its T steps (views) so that the backward pass gathers the steps' gradients into one
/// [T, ...] buffer. Slicing with select() would instead build and sum a full-size gradient for every step, which costs
/// time quadratic in T.
/// </summary>
internal static class TimeSteps
{
    public static Tensor[] Unbind(Tensor sequence)
    {
        if (!sequence.requires_grad || !is_grad_enabled()) return sequence.unbind(0);
        var gathered = new GradientBuffer(sequence.shape, sequence.dtype, sequence.device);
        // A hub (an empty tensor) sits between the sequence and its steps. Each step's backward adds its gradient into the
        // buffer and passes the hub an empty gradient; the hub was recorded before the steps, so it runs after all of them
        // and hands the whole buffer to the sequence.
        var hub = empty([0], sequence.dtype, sequence.device).WithGrad("unbind_steps", [sequence], _ => [gathered.Take()]).FirstOrderOnly();
        var steps = new Tensor[sequence.shape[0]];
        for (int t = 0; t < steps.Length; t++)
        {
            int step = t;
            steps[t] = sequence.detach().select(0, t).WithGrad("unbind_step", [hub], g =>
            {
                gathered.AddAt(step, g);
                return [empty([0], g.dtype, g.device)];
            }).FirstOrderOnly();
        }
        return steps;
    }

    /// <summary>Zeros until the first gradient arrives; taken (and forgotten) by the hub, so a retained graph starts afresh.</summary>
    private sealed class GradientBuffer(long[] shape, ScalarType dtype, Device device)
    {
        private Tensor? buffer;

        public void AddAt(int step, Tensor g)
        {
            // Made during backward but outliving the step node that makes it, so kept out of the pass's dispose scope.
            buffer ??= zeros(shape, dtype, device).DetachFromDisposeScope();
            buffer.select(0, step).AddInto(g);
        }

        public Tensor Take()
        {
            var result = buffer ?? zeros(shape, dtype, device);
            buffer = null;
            return result;
        }
    }
}
