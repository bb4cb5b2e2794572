namespace AstroDL;

public static partial class torch
{
    /// <summary>
    /// Disposes the tensors created while it is the current scope when it ends (TorchSharp's pattern for
    /// freeing device memory promptly): <c>using (var d = torch.NewDisposeScope()) { ... }</c>.
    /// </summary>
    public sealed class DisposeScope : IDisposable
    {
        [ThreadStatic]
        private static DisposeScope? current;

        // A scope per training step is the common pattern (with the autograd engine's scope inside it): an ended
        // scope leaves its (empty) set and list for the next one.
        [ThreadStatic]
        private static Stack<(HashSet<Tensor>, List<Tensor>)>? spares;

        // Handed on to the next scope once this one has ended, so every use below checks 'disposed' first.
        private readonly HashSet<Tensor> tracked;
        private readonly List<Tensor> scratch;
        private bool disposed;

        internal DisposeScope()
        {
            (tracked, scratch) = spares is { Count: > 0 } ? spares.Pop() : (new HashSet<Tensor>(ReferenceEqualityComparer.Instance), []);
            Outer = current;
            current = this;
        }

        internal static DisposeScope? Current => current;

        internal DisposeScope? Outer { get; }

        public int Count => disposed ? 0 : tracked.Count;

        internal void Track(Tensor t)
        {
            if (disposed) return;
            tracked.Add(t);
            t.OwningScope = this;
        }

        internal void Forget(Tensor t)
        {
            if (!disposed) tracked.Remove(t);
        }

        /// <summary>Disposes every tracked tensor now; the scope stays open.</summary>
        public void DisposeEverything() => DisposeUnless(static (_, _) => false, 0);

        public void DisposeEverythingBut(params Tensor[] keep) => DisposeUnless(static (t, kept) => kept.Contains(t), keep);

        /// <summary>Disposes the tracked tensors that <paramref name="keep"/> does not keep (without allocating per call).</summary>
        internal void DisposeUnless<TState>(Func<Tensor, TState, bool> keep, TState state)
        {
            if (disposed) return;
            foreach (var t in tracked)
            {
                if (!keep(t, state)) scratch.Add(t);
            }
            foreach (var t in scratch)
            {
                tracked.Remove(t);
                t.OwningScope = null;
                t.Dispose();
            }
            scratch.Clear();
        }

        public void Dispose()
        {
            if (disposed) return;
            DisposeEverything();
            disposed = true;
            spares ??= new Stack<(HashSet<Tensor>, List<Tensor>)>();
            if (spares.Count < 4) spares.Push((tracked, scratch));
            if (ReferenceEquals(current, this)) current = Outer;
        }
    }

    public static DisposeScope NewDisposeScope() => new();
}
