namespace AstroDL.Backends.Cuda.Native;

/// <summary>What happened to one candidate of a library search.</summary>
internal enum LoaderOutcome
{
    Loaded,
    Failed,
    Skipped,
    Absent,
    Note,
}

/// <summary>One step of a library search: which library, what was tried (a path or a bare name), and the result.</summary>
internal sealed record LoaderTraceEntry(string Library, LoaderOutcome Outcome, string Candidate, string Detail)
{
    public override string ToString()
    {
        var text = $"{Library,-7} {Outcome.ToString().ToLowerInvariant(),-7} {Candidate}";
        return Detail.Length == 0 ? text : $"{text}: {Detail}";
    }
}

/// <summary>
/// The record of every library search: what was looked for, where, and what was found or why it failed.
/// Failures are kept, never swallowed, so <c>course doctor</c> and the "CUDA is not available" error can show them.
/// </summary>
internal sealed class LoaderTrace
{
    private readonly List<LoaderTraceEntry> entries = [];

    public IReadOnlyList<LoaderTraceEntry> Entries
    {
        get
        {
            lock (entries) return entries.ToArray();
        }
    }

    public void Add(string library, LoaderOutcome outcome, string candidate, string detail = "")
    {
        lock (entries) entries.Add(new LoaderTraceEntry(library, outcome, candidate, detail));
    }

    public IReadOnlyList<string> Lines => Entries.Select(e => e.ToString()).ToArray();
}
