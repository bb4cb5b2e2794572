using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Execution;

/// <summary>The outcome of running one notebook; <see cref="Notebook"/> holds the outputs so far.</summary>
public sealed record NotebookRunResult(
    RunStatus Status,
    Notebook Notebook,
    int CellsExecuted,
    TimeSpan Elapsed,
    CellFailure? Failure);
