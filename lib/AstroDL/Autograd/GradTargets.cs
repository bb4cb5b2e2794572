using static AstroDL.torch;

namespace AstroDL.Autograd;

/// <summary>
/// What autograd.grad() asks for: the gradient reaching each input. A leaf input collects the gradients its consumers
/// send it; a non-leaf input's gradient is the complete gradient of its grad_fn's output, taken when that node runs
/// (every node that feeds it has run by then). Nodes from which no input can be reached are skipped.
/// </summary>
internal sealed class GradTargets
{
    private readonly Dictionary<Tensor, List<int>> leaves = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, List<int>> outputsOf = [];
    private readonly HashSet<Node> leadToInputs = [];

    public GradTargets(Tensor[] inputs)
    {
        Results = new Tensor?[inputs.Length];
        for (int i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].grad_fn is { } node) Add(outputsOf, node, i);
            else Add(leaves, inputs[i], i);
        }
    }

    public Tensor?[] Results { get; }

    /// <summary>Marks the nodes whose backward can reach an input (nodes come newest first; inputs are older).</summary>
    public void FindNodesThatLeadToInputs(List<Node> nodes)
    {
        for (int k = nodes.Count - 1; k >= 0; k--)
        {
            var node = nodes[k];
            bool leads = outputsOf.ContainsKey(node);
            for (int i = 0; i < node.Inputs.Length && !leads; i++)
            {
                leads = node.InputNodes[i] is { } next ? leadToInputs.Contains(next) : node.Inputs[i] is { } leaf && leaves.ContainsKey(leaf);
            }
            if (leads) leadToInputs.Add(node);
        }
    }

    public bool LeadsToInput(Node node) => leadToInputs.Contains(node);

    public void CaptureNodeOutput(Node node, Tensor gradient)
    {
        if (!outputsOf.TryGetValue(node, out var at)) return;
        foreach (int i in at) Results[i] = gradient;
    }

    public void AddLeaf(Tensor leaf, Tensor gradient)
    {
        if (!leaves.TryGetValue(leaf, out var at)) return;
        var sum = Results[at[0]] is { } earlier ? earlier.add(gradient) : gradient;
        foreach (int i in at) Results[i] = sum;
    }

    public bool Holds(Tensor t) => Array.IndexOf(Results, t) >= 0;

    /// <summary>The results made by the pass belong to the caller's dispose scope, not to the pass's own.</summary>
    public void KeepResultsBeyond(DisposeScope made)
    {
        foreach (var result in Results)
        {
            if (result is not null && ReferenceEquals(result.OwningScope, made)) result.MoveToOuterDisposeScope();
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int index) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(index);
    }
}
