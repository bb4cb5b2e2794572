namespace AstroDL.Notebooks.Execution;

/// <summary>Settings of one notebook run.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Longest time one cell may run.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest time the whole notebook may run; null for no limit beyond the per-cell one.</summary>
    public TimeSpan? NotebookTimeout { get; init; }

    /// <summary>Overrides for the cell tagged <c>parameters</c>, as <c>name</c> and raw value text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>The fast setting: sets the bool parameter <c>fast</c> to true when the parameters cell declares one.</summary>
    public bool Fast { get; init; }

    /// <summary>
    /// Most characters of printed text (stdout and stderr together) kept per cell; the rest is dropped with a notice
    /// that says how much, so a runaway print loop cannot turn a notebook into hundreds of megabytes.
    /// </summary>
    public int MaxTextPerCell { get; init; } = 1_000_000;

    /// <summary>Called before each code cell runs, with its number as error messages give it.</summary>
    public Action<int>? BeforeCell { get; init; }

    /// <summary>Called after each code cell that succeeded, with the notebook as it stands (to save progress).</summary>
    public Action<Model.Notebook>? AfterCell { get; init; }
}
