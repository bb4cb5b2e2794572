namespace AstroDL.Autograd;

using static AstroDL.torch;

/// <summary>
/// The backward pass: collects the nodes reachable from the output, runs them in reverse creation order
/// (no recursion, so long unrolled graphs are fine, and the order is deterministic), sums the gradients
/// that meet at a tensor, and stores leaf gradients in <c>.grad</c>.
/// </summary>
internal static class Engine
{
    public static void Backward(Tensor root, Tensor gradient, bool retainGraph)
    {
        if (root.grad_fn is null)
        {
            if (root.requires_grad) Accumulate(root, gradient);
            return;
        }
        var nodes = Reachable(root.grad_fn);
        nodes.Sort((a, b) => b.Sequence.CompareTo(a.Sequence));
        var pending = new Dictionary<Node, Tensor> { [root.grad_fn] = gradient };
        using (no_grad())
        {
            foreach (var node in nodes)
            {
                if (!pending.Remove(node, out var gradOut)) continue;
                var gradIn = node.Apply(gradOut);
                if (!retainGraph) node.Release();
                for (int i = 0; i < node.Inputs.Length; i++)
                {
                    var input = node.Inputs[i];
                    var g = gradIn[i];
                    if (input is null || g is null) continue;
                    if (!g.shape.AsSpan().SequenceEqual(input.shape))
                        throw new InvalidOperationException(
                            $"Internal error: the gradient of '{node.Op}' for input {i} has shape {g.ShapeText}, expected {input.ShapeText}.");
                    if (input.grad_fn is { } inputNode)
                        pending[inputNode] = pending.TryGetValue(inputNode, out var sum) ? sum.add(g) : g;
                    else
                        Accumulate(input, g);
                }
            }
        }
    }

    private static List<Node> Reachable(Node start)
    {
        var seen = new HashSet<Node> { start };
        var stack = new Stack<Node>();
        stack.Push(start);
        var result = new List<Node>();
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            result.Add(node);
            foreach (var input in node.Inputs)
            {
                if (input?.grad_fn is { } next && seen.Add(next)) stack.Push(next);
            }
        }
        return result;
    }

    /// <summary>Adds into a leaf's .grad (gradients accumulate across backward calls until zero_grad).</summary>
    private static void Accumulate(Tensor leaf, Tensor g)
    {
        if (leaf.grad is null)
        {
            // g may be a view of another gradient or of the caller's tensor: .grad gets storage of its own.
            leaf.grad = g.clone();
            leaf.grad.DetachFromDisposeScope();
        }
        else
        {
            leaf.grad.add_(g);
        }
    }
}
