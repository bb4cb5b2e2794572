namespace AstroDL.Autograd;

using static AstroDL.torch;

/// <summary>
/// The backward pass: collects the nodes reachable from the outputs, runs them in reverse creation order
/// (no recursion, so long unrolled graphs are fine, and the order is deterministic), sums the gradients
/// that meet at a tensor, and hands leaf gradients on: into <c>.grad</c> for backward(), into the results
/// for autograd.grad().
/// <para>
/// Every tensor made during the pass (gradients and the temporaries of the gradient functions) is tracked by
/// the pass's own dispose scope. Once a node is done, the only ones still needed are the gradients waiting in
/// <c>pending</c> (and autograd.grad's results); the rest are disposed at once, so their memory serves the next
/// node. A leaf keeps its first gradient without a copy when nothing else refers to it. A gradient function that
/// keeps a tensor it made from one node to the next (an accumulation buffer) takes it out of the scope with
/// DetachFromDisposeScope.
/// </para>
/// <para>
/// With create_graph the gradient functions run with grad mode on, so the gradients they compute are recorded
/// as a graph of their own (higher-order derivatives). Disposing their temporaries is still safe: a node keeps
/// the storage of what it saved.
/// </para>
/// </summary>
internal static class Engine
{
    public static void Backward(Tensor root, Tensor gradient, bool retainGraph, bool createGraph)
    {
        if (root.grad_fn is null)
        {
            if (root.requires_grad) Accumulate(root, gradient, null, createGraph);
            return;
        }
        Execute([root], [gradient], retainGraph, createGraph, targets: null);
    }

    /// <summary>The gradients of the outputs with respect to the inputs (null where one does not reach an input); .grad is left alone.</summary>
    public static Tensor?[] Grad(Tensor[] outputs, Tensor[] gradients, Tensor[] inputs, bool retainGraph, bool createGraph)
    {
        var targets = new GradTargets(inputs);
        var roots = new List<Tensor>();
        var rootGradients = new List<Tensor>();
        for (int i = 0; i < outputs.Length; i++)
        {
            if (outputs[i].grad_fn is null)
            {
                targets.AddLeaf(outputs[i], gradients[i]);
                continue;
            }
            roots.Add(outputs[i]);
            rootGradients.Add(gradients[i]);
        }
        if (roots.Count > 0) Execute([.. roots], [.. rootGradients], retainGraph, createGraph, targets);
        return targets.Results;
    }

    private static void Execute(Tensor[] roots, Tensor[] gradients, bool retainGraph, bool createGraph, GradTargets? targets)
    {
        // A backward started from inside a gradient function gets collections of its own.
        var work = spare ?? new Workspace();
        spare = null;
        try
        {
            var nodes = work.Reachable(roots);
            nodes.Sort(static (a, b) => b.Sequence.CompareTo(a.Sequence));
            targets?.FindNodesThatLeadToInputs(nodes);
            var pending = work.Pending;
            for (int i = 0; i < roots.Length; i++)
            {
                var node = roots[i].grad_fn!;
                pending[node] = pending.TryGetValue(node, out var sum) ? sum.add(gradients[i]) : gradients[i];
            }
            using (set_grad_enabled(createGraph))
            {
                Run(nodes, pending, retainGraph, createGraph, targets);
            }
        }
        finally
        {
            work.Clear();
            spare = work;
        }
    }

    [ThreadStatic]
    private static Workspace? spare;

    private static void Run(List<Node> nodes, Dictionary<Node, Tensor> pending, bool retainGraph, bool createGraph, GradTargets? targets)
    {
        using var made = new DisposeScope();
        foreach (var node in nodes)
        {
            if (!pending.Remove(node, out var gradOut)) continue;
            if (targets is not null)
            {
                targets.CaptureNodeOutput(node, gradOut);
                if (!targets.LeadsToInput(node)) continue;
            }
            if (createGraph && node.FirstOrderOnly)
                throw new NotSupportedException(
                    $"create_graph: the gradient of '{node.Op}' is not itself differentiable in the kit yet, so a second derivative " +
                    "through it would be wrong. Convolutions, linear layers, matmul, (leaky) ReLU, tanh, sigmoid, softmax and the " +
                    "elementwise and reduction ops support it; replace this op (for example a strided convolution for pooling) " +
                    "or use create_graph: false.");
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
                else if (targets is not null)
                    targets.AddLeaf(input, g);
                else
                    Accumulate(input, g, IsSoleReference(g, gradIn, i, pending) ? made : null, createGraph);
            }
            made.DisposeUnless(static (t, state) => state.pending.ContainsValue(t) || state.targets?.Holds(t) == true, (pending, targets));
        }
        targets?.KeepResultsBeyond(made);
    }

    /// <summary>The collections of one backward pass, kept per thread so that a training step reuses them.</summary>
    private sealed class Workspace
    {
        private readonly HashSet<Node> seen = [];
        private readonly Stack<Node> stack = new();
        private readonly List<Node> nodes = [];

        public Dictionary<Node, Tensor> Pending { get; } = [];

        /// <summary>Every node the gradient reaches from the roots (in discovery order).</summary>
        public List<Node> Reachable(Tensor[] roots)
        {
            foreach (var root in roots)
            {
                if (seen.Add(root.grad_fn!)) stack.Push(root.grad_fn!);
            }
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
    /// and it is contiguous; otherwise (a view, or the caller's tensor) .grad gets a copy of its own. With create_graph
    /// the sum is out of place, so .grad stays part of the new graph.
    /// </summary>
    private static void Accumulate(Tensor leaf, Tensor g, DisposeScope? made, bool createGraph)
    {
        if (leaf.GradInternal is { } existing)
        {
            if (createGraph) leaf.SetGradFromEngine(existing.add(g).DetachFromDisposeScope());
            else existing.add_(g);
            return;
        }
        bool adopt = made is not null && ReferenceEquals(g.OwningScope, made) && g.OwnsStorageAlone && g.is_contiguous();
        leaf.SetGradFromEngine((adopt ? g : g.clone()).DetachFromDisposeScope());
    }
}
