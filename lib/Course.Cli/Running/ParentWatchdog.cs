using System.Diagnostics;

namespace Course.Cli.Running;

/// <summary>
/// Ends this <c>course exec</c> when the <c>course run</c> that started it is gone (killed by a CI system, say), so
/// a child never runs on at full CPU or writes into a notebook after its parent.
/// </summary>
internal sealed class ParentWatchdog : IDisposable
{
    private readonly Process? parent;
    private readonly Timer? timer;

    public ParentWatchdog(int? parentId)
    {
        if (parentId is not { } id) return;
        parent = TryGet(id);
        if (parent is null)
        {
            Environment.Exit(ExitCodes.RunnerFailure);
        }

        timer = new Timer(_ => ExitIfParentGone(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Called before every write too, so nothing is written once the parent has gone.</summary>
    public void ExitIfParentGone()
    {
        if (parent is { HasExited: true })
        {
            Environment.Exit(ExitCodes.RunnerFailure);
        }
    }

    public void Dispose()
    {
        timer?.Dispose();
        parent?.Dispose();
    }

    private static Process? TryGet(int id)
    {
        try
        {
            return Process.GetProcessById(id);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
