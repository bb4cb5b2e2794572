namespace AstroDL;

public static partial class torch
{
    [ThreadStatic]
    private static int gradDisabledDepth;

    /// <summary>True unless inside a <see cref="no_grad"/> scope (per thread).</summary>
    public static bool is_grad_enabled() => gradDisabledDepth == 0;

    /// <summary>Turns off graph recording until the returned scope is disposed: <c>using (torch.no_grad()) { ... }</c>.</summary>
    public static IDisposable no_grad() => new GradModeScope(enabled: false);

    /// <summary>Turns graph recording back on inside a no_grad scope.</summary>
    public static IDisposable enable_grad() => new GradModeScope(enabled: true);

    public static IDisposable set_grad_enabled(bool enabled) => new GradModeScope(enabled);

    private sealed class GradModeScope : IDisposable
    {
        private readonly int saved;
        private bool disposed;

        public GradModeScope(bool enabled)
        {
            saved = gradDisabledDepth;
            gradDisabledDepth = enabled ? 0 : gradDisabledDepth + 1;
        }

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            gradDisabledDepth = saved;
        }
    }
}
