namespace AstroDL.Autograd;

using static AstroDL.torch;

/// <summary>
/// The backward pass: collects the nodes reachable from the output, runs them in reverse creation order
/// (no recursion, so long unrolled graphs are fine, and the order is deterministic), sums the gradients
/// that meet at a tensor, and stores leaf gradients in <c>.grad</c>.
/// <para>
/// Every tensor made during the pass (gradients and the temporaries of the gradient functions) is tracked by
/// the pass's own dispose scope. Once a node is done, the only ones still needed are the gradients waiting in
/// <c>pending</c>; the rest are disposed at once, so their memory serves the next node. A leaf keeps its first
/// gradient without a copy when nothing else refers to it. A gradient function that keeps a tensor it made from
/// one node to the next (an accumulation buffer) takes it out of the scope with DetachFromDisposeScope.
/// </para>
/// </summary>
internal static class Engine
{
    public static void Backward(Tensor root, Tensor gradient, bool retainGraph)
    {
        if (root.grad_fn is null)
        {
            if (root.requires_grad) Accumulate(root, gradient, null);
            return;
        }
        // A backward started from inside a gradient function gets collections of its own.
        var work = spare ?? new Workspace();
        spare = null;
        var nodes = work.Reachable(root.grad_fn);
        nodes.Sort(static (a, b) => b.Sequence.CompareTo(a.Sequence));
        var pending = work.Pending;
        pending[root.grad_fn] = gradient;
        try
        {
            Run(nodes, pending, retainGraph);
        }
        finally
        {
            work.Clear();
            spare = work;
        }
    }

    [ThreadStatic]
    private static Workspace? spare;

    private static void Run(List<Node> nodes, Dictionary<Node, Tensor> pending, bool retainGraph)
    {
        using (no_grad())
        using (var made = new DisposeScope())
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
                    if (!g.dims.AsSpan().SequenceEqual(input.dims))
                        throw new InvalidOperationException(
                            $"Internal error: the gradient of '{node.Op}' for input {i} has shape {g.ShapeText}, expected {input.ShapeText}.");
                    if (node.InputNodes[i] is { } inputNode)
                        pending[inputNode] = pending.TryGetValue(inputNode, out var sum) ? sum.add(g) : g;
                    else
                        Accumulate(input, g, IsSoleReference(g, gradIn, i, pending) ? made : null);
                }
                made.DisposeUnless(static (t, waiting) => waiting.ContainsValue(t), pending);
            }
        }
    }

    /// <summary>The collections of one backward pass, kept per thread so that a training step reuses them.</summary>
    private sealed class Workspace
    {
        private readonly HashSet<Node> seen = [];
        private readonly Stack<Node> stack = new();
        private readonly List<Node> nodes = [];

        public Dictionary<Node, Tensor> Pending { get; } = [];

        /// <summary>Every node the gradient reaches from start (in discovery order).</summary>
        public List<Node> Reachable(Node start)
        {
            seen.Add(start);
            stack.Push(start);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                nodes.Add(node);
                foreach (var next in node.InputNodes)
                {
                    if (next is not null && seen.Add(next)) stack.Push(next);
                }
            }
            return nodes;
        }

        public void Clear()
        {
            seen.Clear();
            stack.Clear();
            nodes.Clear();
            Pending.Clear();
        }
    }

    /// <summary>Whether g appears only once among this node's results and is not waiting for another node.</summary>
    private static bool IsSoleReference(Tensor g, Tensor?[] gradIn, int at, Dictionary<Node, Tensor> pending)
    {
        for (int j = 0; j < gradIn.Length; j++)
        {
            if (j != at && ReferenceEquals(gradIn[j], g)) return false;
        }
        return !pending.ContainsValue(g);
    }

    /// <summary>
    /// Adds into a leaf's .grad (gradients accumulate across backward calls until zero_grad). The first gradient is
    /// adopted as it is when the pass made it (it is tracked by <paramref name="made"/>), it owns its storage alone
    /// and it is contiguous; otherwise (a view, or the caller's tensor) .grad gets a copy of its own.
    /// </summary>
    private static void Accumulate(Tensor leaf, Tensor g, DisposeScope? made)
    {
        if (leaf.GradInternal is { } existing)
        {
            existing.add_(g);
            return;
        }
        bool adopt = made is not null && ReferenceEquals(g.OwningScope, made) && g.OwnsStorageAlone && g.is_contiguous();
        leaf.SetGradFromEngine((adopt ? g : g.clone()).DetachFromDisposeScope());
    }
}
