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

        private readonly HashSet<Tensor> tracked = new(ReferenceEqualityComparer.Instance);
        private bool disposed;
        private List<Tensor>? scratch;

        internal DisposeScope()
        {
            Outer = current;
            current = this;
        }

        internal static DisposeScope? Current => current;

        internal DisposeScope? Outer { get; }

        public int Count => tracked.Count;

        internal void Track(Tensor t)
        {
            if (disposed) return;
            tracked.Add(t);
            t.OwningScope = this;
        }

        internal void Forget(Tensor t) => tracked.Remove(t);

        /// <summary>Disposes every tracked tensor now; the scope stays open.</summary>
        public void DisposeEverything() => DisposeEverythingBut();

        public void DisposeEverythingBut(params Tensor[] keep)
        {
            var keepSet = new HashSet<Tensor>(keep, ReferenceEqualityComparer.Instance);
            foreach (var t in tracked.ToArray())
            {
                if (keepSet.Contains(t)) continue;
                t.OwningScope = null;
                tracked.Remove(t);
                t.Dispose();
            }
        }

        /// <summary>Disposes the tracked tensors that <paramref name="keep"/> does not keep (without allocating per call).</summary>
        internal void DisposeUnless<TState>(Func<Tensor, TState, bool> keep, TState state)
        {
            scratch ??= [];
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
            if (ReferenceEquals(current, this)) current = Outer;
        }
    }

    public static DisposeScope NewDisposeScope() => new();
}
