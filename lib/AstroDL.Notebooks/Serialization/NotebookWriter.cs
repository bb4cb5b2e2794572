using System.Text.Json.Nodes;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Serialization;

/// <summary>Writes notebooks as canonical nbformat 4 JSON, with outputs in the shapes VS Code saves.</summary>
public static class NotebookWriter
{
    /// <summary>The notebook as canonical .ipynb text.</summary>
    public static string ToJson(Notebook notebook)
    {
        var cells = new JsonArray();
        foreach (var cell in notebook.Cells)
        {
            cells.Add(CellNode(cell));
        }

        return CanonicalJson.Serialize(new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = notebook.Metadata.DeepClone(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = notebook.FormatMinor,
        });
    }

    /// <summary>
    /// Writes the notebook through a temporary file of its own (two writers of one notebook never share one), so an
    /// interrupted write never leaves half a notebook.
    /// </summary>
    public static void Write(Notebook notebook, string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, ToJson(notebook));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static JsonObject CellNode(NotebookCell cell)
    {
        var node = (JsonObject)cell.Extra.DeepClone();
        node["cell_type"] = cell.CellType;
        node["metadata"] = cell.Metadata.DeepClone();
        node["source"] = MultilineText.ToLines(cell.Source);
        if (cell.Id is not null)
        {
            node["id"] = cell.Id;
        }

        if (cell.IsCode)
        {
            node["execution_count"] = cell.ExecutionCount;
            node["outputs"] = new JsonArray(cell.Outputs.Select(OutputNode).ToArray<JsonNode?>());
        }

        return node;
    }

    private static JsonObject OutputNode(CellOutput output) => output switch
    {
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name,
            ["output_type"] = "stream",
            ["text"] = MultilineText.ToLines(stream.Text),
        },
        DataOutput data => DataNode(data),
        ErrorOutput error => new JsonObject
        {
            ["ename"] = error.EName,
            ["evalue"] = error.EValue,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(error.Traceback.Select(l => (JsonNode?)l).ToArray()),
        },
        _ => throw new ArgumentException($"unknown output type {output.GetType().Name}", nameof(output)),
    };

    private static JsonObject DataNode(DataOutput output)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in output.Data)
        {
            data[mime] = MimeTypes.IsText(mime) ? MultilineText.ToLines(value)
                : MimeTypes.IsJson(mime) ? JsonNode.Parse(value)
                : value;
        }

        var node = new JsonObject
        {
            ["data"] = data,
            ["metadata"] = output.Metadata.DeepClone(),
            ["output_type"] = output.Kind == DataOutputKind.DisplayData ? "display_data" : "execute_result",
        };
        if (output.Kind == DataOutputKind.ExecuteResult)
        {
            node["execution_count"] = output.ExecutionCount;
        }

        return node;
    }
}
