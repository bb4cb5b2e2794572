using System.Text.Json.Nodes;

namespace AstroDL.Notebooks.Model;

/// <summary>One cell of an nbformat 4 notebook.</summary>
public sealed class NotebookCell
{
    /// <summary>Creates a cell of the given nbformat type (<c>code</c>, <c>markdown</c> or <c>raw</c>).</summary>
    public NotebookCell(string cellType, string source, JsonObject? metadata = null)
    {
        CellType = cellType;
        Source = source;
        Metadata = metadata ?? [];
    }

    /// <summary>nbformat <c>cell_type</c>.</summary>
    public string CellType { get; }

    /// <summary>The cell text; stored in the file as a list of lines.</summary>
    public string Source { get; set; }

    /// <summary>Cell metadata (Polyglot kernel name, tags, ...), kept as read.</summary>
    public JsonObject Metadata { get; }

    /// <summary>The nbformat 4.5 cell id, when the file has one.</summary>
    public string? Id { get; set; }

    /// <summary>Members this model does not interpret (e.g. markdown <c>attachments</c>), written back unchanged.</summary>
    public JsonObject Extra { get; } = [];

    /// <summary>Execution order of a code cell; null when not executed.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>Outputs of a code cell.</summary>
    public List<CellOutput> Outputs { get; } = [];

    /// <summary>True for code cells.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The cell's <c>metadata.tags</c> (papermill's convention for the parameters cell).</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? tags.OfType<JsonValue>().Select(t => t.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList()
            : [];

    /// <summary>A C# code cell with the metadata VS Code writes.</summary>
    public static NotebookCell Code(string source, params string[] tags)
    {
        var metadata = PolyglotMetadata.CodeCellMetadata();
        if (tags.Length > 0)
        {
            metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode)t).ToArray());
        }

        return new NotebookCell("code", source, metadata);
    }

    /// <summary>A markdown cell (empty metadata, as Polyglot normalizes them).</summary>
    public static NotebookCell Markdown(string source) => new("markdown", source);
}
