namespace AstroDL.Notebooks.Execution;

/// <summary>
/// Why a notebook stopped: <c>notebook, cell N, line L: message</c>. N counts every cell of the executed
/// notebook from 1 (markdown too, as VS Code shows them); L is the line inside the cell, when known.
/// </summary>
public sealed record CellFailure(string Notebook, int Cell, int? Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line is { } line ? $"{Notebook}, cell {Cell}, line {line}: {Message}" : $"{Notebook}, cell {Cell}: {Message}";
}
