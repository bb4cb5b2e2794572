using System.Text.Json.Nodes;

namespace AstroDL.Notebooks.Model;

/// <summary>The metadata that makes VS Code open a notebook as a C# Polyglot notebook.</summary>
public static class PolyglotMetadata
{
    /// <summary>The kernelspec name Polyglot looks for (any <c>.net-</c> prefix selects the .NET kernel).</summary>
    public const string KernelspecName = ".net-csharp";

    /// <summary>The C# kernel's name in cell metadata.</summary>
    public const string CSharpKernel = "csharp";

    /// <summary>Names the Polyglot kernel accepts for C#.</summary>
    public static readonly IReadOnlySet<string> CSharpAliases =
        new HashSet<string>(StringComparer.Ordinal) { "csharp", "c#", "C#", "cs" };

    /// <summary>Notebook metadata as current VS Code versions write it.</summary>
    public static JsonObject NotebookMetadata() => new()
    {
        ["kernelspec"] = Kernelspec(),
        ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
        ["polyglot_notebook"] = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = CSharpKernel,
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = CSharpKernel }),
            },
        },
    };

    /// <summary>Per-cell metadata of a C# code cell (current key plus the legacy one).</summary>
    public static JsonObject CodeCellMetadata() => new()
    {
        ["dotnet_interactive"] = new JsonObject { ["language"] = CSharpKernel },
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = CSharpKernel },
    };

    /// <summary>
    /// Adds the parts of the Polyglot metadata that are missing, keeping whatever is there,
    /// so an executed notebook still opens as C# in VS Code.
    /// </summary>
    public static void EnsurePresent(JsonObject metadata)
    {
        foreach (var (key, value) in NotebookMetadata())
        {
            if (metadata[key] is null)
            {
                metadata[key] = value!.DeepClone();
            }
        }
    }

    /// <summary>The notebook's <c>kernelspec.name</c>, or null when absent.</summary>
    public static string? KernelspecNameOf(JsonObject metadata) => StringAt(metadata, "kernelspec", "name");

    /// <summary>The kernel a code cell runs in: its metadata, else the notebook default, else C#.</summary>
    public static string KernelOf(JsonObject cellMetadata, JsonObject notebookMetadata) =>
        StringAt(cellMetadata, "polyglot_notebook", "kernelName")
        ?? StringAt(cellMetadata, "dotnet_interactive", "language")
        ?? StringAt(notebookMetadata, "polyglot_notebook", "kernelInfo", "defaultKernelName")
        ?? CSharpKernel;

    private static JsonObject Kernelspec() => new()
    {
        ["display_name"] = ".NET (C#)",
        ["language"] = "C#",
        ["name"] = KernelspecName,
    };

    private static string? StringAt(JsonObject root, params string[] path)
    {
        JsonNode? node = root;
        foreach (var key in path)
        {
            node = node is JsonObject obj ? obj[key] : null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }
}
