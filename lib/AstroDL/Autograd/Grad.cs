using AstroDL.Autograd;

namespace AstroDL;

public static partial class torch
{
    public static partial class autograd
    {
        /// <summary>
        /// The gradients of <paramref name="outputs"/> (weighted by <paramref name="grad_outputs"/>, ones for scalars) with
        /// respect to <paramref name="inputs"/>, returned instead of added to .grad. With create_graph the result is itself
        /// part of a graph, so a function of it can be differentiated again (the gradient penalty of WGAN-GP); the graph
        /// is then kept, as retain_graph would. An input that the outputs do not depend on is an error unless
        /// allow_unused, when its gradient is zeros (the kit has no undefined tensor).
        /// </summary>
        public static IList<Tensor> grad(IList<Tensor> outputs, IList<Tensor> inputs, IList<Tensor>? grad_outputs = null,
            bool retain_graph = false, bool create_graph = false, bool allow_unused = false)
        {
            if (outputs.Count == 0 || inputs.Count == 0)
                throw new ArgumentException("autograd.grad: give at least one output and one input.");
            if (grad_outputs is not null && grad_outputs.Count != outputs.Count)
                throw new ArgumentException(
                    $"autograd.grad: {grad_outputs.Count} grad_outputs for {outputs.Count} outputs; give one per output (or none for scalar outputs).");
            var gradients = new Tensor[outputs.Count];
            for (int i = 0; i < outputs.Count; i++)
            {
                var output = outputs[i];
                if (!output.requires_grad)
                    throw new ArgumentException(
                        $"autograd.grad: output {i} {output.ShapeText} does not require a gradient. Was it computed inside no_grad(), " +
                        "from tensors without requires_grad, or detached?");
                gradients[i] = grad_outputs?[i] ?? ImpliedGradient(output, i);
                if (!gradients[i].dims.AsSpan().SequenceEqual(output.dims))
                    throw new ArgumentException($"autograd.grad: grad_outputs[{i}] is {gradients[i].ShapeText} but output {i} is {output.ShapeText}.");
            }
            for (int i = 0; i < inputs.Count; i++)
            {
                if (!inputs[i].requires_grad)
                    throw new ArgumentException(
                        $"autograd.grad: input {i} {inputs[i].ShapeText} does not require a gradient; call requires_grad_() on it before " +
                        "computing the outputs.");
            }
            var results = Engine.Grad([.. outputs], gradients, [.. inputs], retain_graph || create_graph, create_graph);
            var list = new Tensor[results.Length];
            for (int i = 0; i < results.Length; i++)
            {
                list[i] = results[i] ?? (allow_unused
                    ? zeros_like(inputs[i])
                    : throw new InvalidOperationException(
                        $"autograd.grad: input {i} {inputs[i].ShapeText} was not used to compute the outputs. Pass allow_unused: true " +
                        "if that is expected."));
            }
            return list;
        }

        private static Tensor ImpliedGradient(Tensor output, int index) => output.numel() == 1
            ? ones_like(output)
            : throw new ArgumentException(
                $"autograd.grad: grad_outputs can be implied only for scalar outputs, but output {index} is {output.ShapeText}. " +
                "Pass grad_outputs (for example ones_like(output)).");
    }
}
