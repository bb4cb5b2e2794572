using System.Text.Json.Nodes;

namespace AstroDL.Notebooks.Model;

/// <summary>An nbformat 4 notebook.</summary>
public sealed class Notebook
{
    /// <summary>Creates an empty notebook with the given metadata.</summary>
    public Notebook(JsonObject metadata, int formatMinor)
    {
        Metadata = metadata;
        FormatMinor = formatMinor;
    }

    /// <summary>Notebook metadata (kernelspec, language_info, polyglot_notebook, ...).</summary>
    public JsonObject Metadata { get; }

    /// <summary><c>nbformat_minor</c>; 5 and above require a unique id per cell.</summary>
    public int FormatMinor { get; }

    /// <summary>The cells in order.</summary>
    public List<NotebookCell> Cells { get; } = [];

    /// <summary>An empty C# Polyglot notebook (nbformat 4.4, like the course's committed notebooks).</summary>
    public static Notebook CreateCSharp(params NotebookCell[] cells)
    {
        var notebook = new Notebook(PolyglotMetadata.NotebookMetadata(), formatMinor: 4);
        notebook.Cells.AddRange(cells);
        return notebook;
    }
}
