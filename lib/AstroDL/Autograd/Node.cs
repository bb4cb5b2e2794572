using AstroDL.Backends;

namespace AstroDL.Autograd;

using static AstroDL.torch;

/// <summary>
/// One recorded operation: which inputs need gradients, how to turn the output's gradient into theirs,
/// and the tensors it saved (with the storage version at save time, to catch in-place changes).
/// </summary>
internal sealed class Node
{
    private static long counter;

    public Node(string op, Tensor?[] inputs, Tensor[] saved, Func<Tensor, Tensor?[]> backward)
    {
        Op = op;
        Sequence = Interlocked.Increment(ref counter);
        Inputs = inputs;
        InputNodes = Array.ConvertAll(inputs, t => t?.grad_fn);
        Saved = saved;
        SavedVersions = new (Storage, int)[saved.Length];
        for (int i = 0; i < saved.Length; i++)
        {
            var storage = saved[i].storage;
            SavedVersions[i] = (storage, storage.Version);
            storage.RetainForGraph();
        }
        Backward = backward;
    }

    [ThreadStatic]
    private static int applying;

    /// <summary>
    /// Whether a gradient function is running on this thread: it may read tensors whose handles user code disposed
    /// after the forward pass (the node keeps their storage alive).
    /// </summary>
    public static bool IsApplying => applying > 0;

    public string Op { get; }
    /// <summary>Creation order: a node always comes after its inputs' nodes, so reverse order is a topological order.</summary>
    public long Sequence { get; }
    /// <summary>The op's inputs; null where an input does not need a gradient.</summary>
    public Tensor?[] Inputs { get; }
    /// <summary>
    /// Where each input's gradient goes: the input's grad_fn when this node was made (null for a leaf). Kept apart
    /// from the tensor because an in-place op recorded later gives that tensor a new grad_fn, which must not see
    /// this node's gradient.
    /// </summary>
    public Node?[] InputNodes { get; }
    private Tensor[] Saved { get; set; }
    /// <summary>The storage each saved tensor had and its version then (an in-place op recorded by autograd gives the tensor new memory).</summary>
    private (Storage Storage, int Version)[] SavedVersions { get; set; }
    /// <summary>
    /// Whether the gradient function computes with kernels that autograd does not record, so its result cannot be
    /// differentiated again (create_graph refuses such a node rather than give a wrong higher-order gradient).
    /// </summary>
    public bool FirstOrderOnly { get; set; }
    /// <summary>The gradient function; null once the graph has been freed by a backward pass.</summary>
    public Func<Tensor, Tensor?[]>? Backward { get; private set; }

    public Tensor?[] Apply(Tensor gradOutput)
    {
        if (Backward is null)
            throw new InvalidOperationException(
                $"Trying to backward through the graph a second time (at '{Op}'): its saved tensors were freed after the first " +
                "backward. Pass retain_graph: true to the first backward() if you need to call it twice.");
        applying++;
        try
        {
            CheckVersions();
            return Backward(gradOutput);
        }
        finally
        {
            applying--;
        }
    }

    private void CheckVersions()
    {
        for (int i = 0; i < Saved.Length; i++)
        {
            var (storage, version) = SavedVersions[i];
            var now = Saved[i].StorageEvenIfDisposed;
            if (!ReferenceEquals(now, storage) || now.Version != version)
                throw new InvalidOperationException(
                    $"One of the tensors needed to compute the gradient of '{Op}' ({Saved[i].ShapeText}) was modified by an in-place " +
                    $"operation after it was used (version {now.Version + (ReferenceEquals(now, storage) ? 0 : 1)}, expected {version}). " +
                    "Use the out-of-place form (for example x = x.add(y) instead of x.add_(y)) or clone() it first.");
        }
    }

    /// <summary>Drops the saved tensors and the gradient function so their memory can go.</summary>
    public void Release()
    {
        foreach (var (storage, _) in SavedVersions) storage.ReleaseFromGraph();
        Backward = null;
        Saved = [];
        SavedVersions = [];
    }
}
