using System.Diagnostics;
using System.Globalization;
using AstroDL.Notebooks.Model;
using Microsoft.CodeAnalysis;

namespace AstroDL.Notebooks.Execution;

/// <summary>Compile errors and exceptions as the Polyglot kernel reports them, plus the cell line they point at.</summary>
internal static class CellErrors
{
    /// <summary>All errors, one per line, as <c>(line,col): error CSxxxx: message</c> (positions inside the cell).</summary>
    public static ErrorOutput CompileOutput(IReadOnlyList<Diagnostic> errors) =>
        ErrorOutput.FromMessage(string.Join(Environment.NewLine, errors.Select(Format)));

    /// <summary>The first error for the one-line report, without its position (the report names the line).</summary>
    public static (int Line, string Message) CompileSummary(IReadOnlyList<Diagnostic> errors)
    {
        var first = errors[0];
        var line = first.Location.GetLineSpan().StartLinePosition.Line + 1;
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more error(s))" : "";
        return (line, $"error {first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}{more}");
    }

    /// <summary>The exception as the kernel shows a failed command: its full text.</summary>
    public static ErrorOutput ExceptionOutput(Exception exception) => ErrorOutput.FromMessage(exception.ToString());

    /// <summary>The line of the cell where the exception left the cell's own code, when the frames say.</summary>
    public static int? ExceptionLine(Exception exception, string cellFile)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var frame = new StackTrace(e, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => f.GetFileName() == cellFile && f.GetFileLineNumber() > 0);
            if (frame is not null)
            {
                return frame.GetFileLineNumber();
            }
        }

        return null;
    }

    // The kernel compiles without a file path, so its diagnostics read "(1,1): error CS0103: ...".
    private static string Format(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"({start.Line + 1},{start.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
