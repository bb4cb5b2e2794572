using System.Text.Json;
using System.Text.Json.Nodes;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Serialization;

/// <summary>
/// Reads Polyglot's plain-text <c>.dib</c> notebooks: an optional <c>#!meta</c> block with one line of JSON, then
/// cells each opened by a kernel selector line (<c>#!csharp</c>, <c>#!markdown</c>, ...). A <c>#!</c> line that is
/// not a kernel name stays in its cell (it is a magic command). Blank lines around each cell are dropped; text
/// before the first selector belongs to C#. A .dib holds no outputs.
/// </summary>
public static class DibReader
{
    private static readonly HashSet<string> kernels = new(StringComparer.Ordinal)
    {
        "csharp", "c#", "C#", "cs", "fsharp", "f#", "F#", "fs", "pwsh", "powershell", "javascript", "js", "html", "markdown", "md",
        "mermaid", "sql", "kql", "http", "value",
    };

    /// <summary>Parses .dib text; <paramref name="name"/> names the file in errors.</summary>
    public static Notebook Parse(string text, string name)
    {
        var notebook = Notebook.CreateCSharp();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string kernel = PolyglotMetadata.CSharpKernel;
        var body = new List<string>();
        for (var i = 0; i <= lines.Length; i++)
        {
            var selector = i < lines.Length && lines[i].StartsWith("#!", StringComparison.Ordinal) ? lines[i][2..].Trim() : null;
            if (i < lines.Length && selector != "meta" && (selector is null || !kernels.Contains(selector)))
            {
                body.Add(lines[i]);
                continue;
            }

            AddCell(notebook, kernel, body);
            body.Clear();
            if (selector == "meta")
            {
                i = ReadMeta(notebook, lines, i + 1, name);
                continue;
            }

            kernel = selector ?? kernel;
        }

        return notebook;
    }

    private static void AddCell(Notebook notebook, string kernel, List<string> body)
    {
        var source = string.Join('\n', body).Trim('\n', '\r', ' ');
        if (source.Length == 0) return;
        if (kernel is "markdown" or "md")
        {
            notebook.Cells.Add(NotebookCell.Markdown(source));
            return;
        }

        var cell = NotebookCell.Code(source);
        cell.Metadata["polyglot_notebook"]!["kernelName"] = kernel;
        cell.Metadata["dotnet_interactive"]!["language"] = kernel;
        notebook.Cells.Add(cell);
    }

    /// <summary>Reads the JSON line after <c>#!meta</c> into the notebook metadata; returns the index of that line.</summary>
    private static int ReadMeta(Notebook notebook, string[] lines, int start, string name)
    {
        var index = start;
        while (index < lines.Length && lines[index].Trim().Length == 0) index++;
        if (index == lines.Length) return index;
        try
        {
            if (JsonNode.Parse(lines[index]) is JsonObject { } meta && meta["kernelInfo"] is JsonObject kernelInfo)
            {
                notebook.Metadata["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = kernelInfo.DeepClone() };
            }
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException($"{name}: the #!meta block is not one line of JSON ({e.Message}). Re-save the file in VS Code.", e);
        }

        return index;
    }
}
