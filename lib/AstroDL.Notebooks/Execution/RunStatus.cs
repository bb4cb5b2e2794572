namespace AstroDL.Notebooks.Execution;

/// <summary>How a notebook run ended.</summary>
public enum RunStatus
{
    /// <summary>Every code cell ran without error.</summary>
    Passed,

    /// <summary>A cell failed to compile, threw, or could not run in the runner.</summary>
    Failed,

    /// <summary>A cell ran past the per-cell or per-notebook time limit.</summary>
    TimedOut,
}
