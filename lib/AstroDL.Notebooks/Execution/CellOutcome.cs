using Microsoft.CodeAnalysis;

namespace AstroDL.Notebooks.Execution;

/// <summary>What running one submission produced.</summary>
internal abstract record CellOutcome
{
    /// <summary>Ran to the end; <see cref="HasValue"/> when the cell ends in an expression.</summary>
    public sealed record Completed(bool HasValue, object? Value) : CellOutcome;

    /// <summary>Did not compile; the script state is unchanged.</summary>
    public sealed record CompileFailed(IReadOnlyList<Diagnostic> Errors) : CellOutcome;

    /// <summary>Threw; variables assigned before the throw stay, as in the kernel.</summary>
    public sealed record Threw(Exception Exception) : CellOutcome;
}
