using System.Text.Json.Nodes;

namespace AstroDL.Notebooks.Model;

/// <summary>One output of a code cell, in the nbformat 4 shapes VS Code writes.</summary>
public abstract record CellOutput;

/// <summary>Console text of one stream (<c>stdout</c> or <c>stderr</c>); consecutive writes merge.</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>The kind of a MIME bundle output.</summary>
public enum DataOutputKind
{
    /// <summary><c>display_data</c>: a <c>display(...)</c> call.</summary>
    DisplayData,

    /// <summary><c>execute_result</c>: the value of the cell's last expression.</summary>
    ExecuteResult,
}

/// <summary>
/// A MIME bundle. Values are text; for JSON MIME types the text is the JSON document,
/// because nbformat stores those as objects rather than strings.
/// </summary>
public sealed record DataOutput(
    DataOutputKind Kind,
    IReadOnlyDictionary<string, string> Data,
    JsonObject Metadata,
    int? ExecutionCount = null) : CellOutput
{
    /// <summary>A bundle with a single <c>text/plain</c> entry and empty metadata.</summary>
    public static DataOutput PlainText(DataOutputKind kind, string text, int? executionCount = null) =>
        new(kind, new Dictionary<string, string> { ["text/plain"] = text }, [], executionCount);
}

/// <summary>A failed cell, shaped as VS Code saves kernel errors: <c>ename</c> is always <c>Error</c>.</summary>
public sealed record ErrorOutput(string EName, string EValue, IReadOnlyList<string> Traceback) : CellOutput
{
    /// <summary>Builds the error the way the Polyglot kernel reports a failed command.</summary>
    public static ErrorOutput FromMessage(string message) =>
        new("Error", message, message.Split('\n').Select(l => l.TrimEnd('\r')).ToList());
}
