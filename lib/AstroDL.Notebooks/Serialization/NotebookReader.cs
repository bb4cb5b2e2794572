using System.Text.Json;
using System.Text.Json.Nodes;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Serialization;

/// <summary>Reads nbformat 4 .ipynb files (sources and outputs as strings or line lists).</summary>
public static class NotebookReader
{
    /// <summary>Reads a notebook file: .ipynb, or Polyglot's .dib text format.</summary>
    public static Notebook Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new NotebookFormatException(
                $"{path}: is a folder, not a notebook; name the notebooks in it, for example {Path.Combine(path, "*.ipynb")}");
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException($"{path}: cannot read the notebook ({e.Message}); check the path.", e);
        }

        return IsDib(path) ? DibReader.Parse(json, path) : Parse(json, path);
    }

    /// <summary>True for Polyglot's .dib files, which hold no outputs.</summary>
    public static bool IsDib(string path) => Path.GetExtension(path).Equals(".dib", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses notebook JSON; <paramref name="name"/> names the notebook in errors.</summary>
    public static Notebook Parse(string json, string name)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject
                ?? throw Invalid(name, "the top level is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(
                $"{name}: not valid JSON (line {e.LineNumber + 1}): {e.Message} Restore the file from git or re-save it in VS Code.", e);
        }

        if (Int(root["nbformat"]) != 4)
        {
            throw Invalid(name, "only nbformat 4 is supported");
        }

        var notebook = new Notebook(root["metadata"]?.DeepClone() as JsonObject ?? [], Int(root["nbformat_minor"]) ?? 0);
        if (root["cells"] is not JsonArray cells)
        {
            throw Invalid(name, "there is no 'cells' list");
        }

        var position = 0;
        foreach (var cellNode in cells)
        {
            position++;
            notebook.Cells.Add(ReadCell(cellNode as JsonObject ?? throw Invalid(name, $"cell {position} is not an object"), name, position));
        }

        return notebook;
    }

    private static NotebookCell ReadCell(JsonObject node, string name, int position)
    {
        var cellType = node["cell_type"] is JsonValue t && t.TryGetValue<string>(out var type)
            ? type
            : throw Invalid(name, $"cell {position} has no cell_type");
        var source = MultilineText.FromNode(node["source"])
            ?? throw Invalid(name, $"cell {position} has no source text");
        var metadata = node["metadata"]?.DeepClone() as JsonObject ?? [];
        var cell = new NotebookCell(cellType, source, metadata)
        {
            Id = node["id"] is JsonValue id && id.TryGetValue<string>(out var idText) ? idText : null,
            ExecutionCount = Int(node["execution_count"]),
        };

        if (node["outputs"] is JsonArray outputs)
        {
            var index = 0;
            foreach (var output in outputs)
            {
                index++;
                cell.Outputs.Add(ReadOutput(output as JsonObject
                    ?? throw Invalid(name, $"output {index} of cell {position} is not an object"), name, position));
            }
        }

        foreach (var (key, value) in node)
        {
            if (key is not ("cell_type" or "source" or "metadata" or "id" or "execution_count" or "outputs"))
            {
                cell.Extra[key] = value?.DeepClone();
            }
        }

        return cell;
    }

    private static CellOutput ReadOutput(JsonObject node, string name, int position)
    {
        var outputType = node["output_type"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        switch (outputType)
        {
            case "stream":
                return new StreamOutput(
                    Text(node["name"]) ?? "stdout",
                    MultilineText.FromNode(node["text"]) ?? throw Invalid(name, $"a stream output of cell {position} has no text"));
            case "display_data":
            case "execute_result":
                var data = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (mime, value) in node["data"] as JsonObject ?? [])
                {
                    data[mime] = MimeTypes.IsJson(mime)
                        ? value?.ToJsonString() ?? "null"
                        : MultilineText.FromNode(value) ?? value?.ToJsonString() ?? "null";
                }

                var metadata = node["metadata"]?.DeepClone() as JsonObject ?? [];
                return new DataOutput(
                    outputType == "display_data" ? DataOutputKind.DisplayData : DataOutputKind.ExecuteResult,
                    data,
                    metadata,
                    Int(node["execution_count"]));
            case "error":
                return new ErrorOutput(
                    Text(node["ename"]) ?? "Error",
                    Text(node["evalue"]) ?? "",
                    (node["traceback"] as JsonArray ?? []).Select(Text).OfType<string>().ToList());
            default:
                throw Invalid(name, $"cell {position} has an output of unknown type '{outputType}'");
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Int(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static NotebookFormatException Invalid(string name, string problem) =>
        new($"{name}: not an nbformat 4 notebook: {problem}. Re-save it in VS Code or fix the JSON by hand.");
}
