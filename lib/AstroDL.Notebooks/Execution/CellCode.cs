using System.Text.Json.Nodes;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Execution;

/// <summary>
/// Turns a code cell into C# script text the way the Polyglot kernel would: a leading C# kernel selector
/// is blanked (so line numbers stay those of the cell), <c>#!markdown</c> cells are not run, and every
/// other magic command or kernel is refused, so a notebook that passes here also runs in VS Code.
/// </summary>
internal static class CellCode
{
    /// <summary>The result: C# to run, nothing to run, or a problem at a line of the cell.</summary>
    internal sealed record Prepared(string? Code, int? ProblemLine = null, string? Problem = null)
    {
        public bool IsProblem => Problem is not null;
    }

    public static Prepared Prepare(NotebookCell cell, JsonObject notebookMetadata)
    {
        var lines = cell.Source.Split('\n');
        var selector = lines[0].TrimEnd('\r').Trim();
        if (selector.StartsWith("#!", StringComparison.Ordinal))
        {
            var kernel = selector[2..];
            if (kernel == "markdown")
            {
                return new Prepared(null);
            }

            if (PolyglotMetadata.CSharpAliases.Contains(kernel))
            {
                lines[0] = "";
            }
        }
        else
        {
            var kernel = PolyglotMetadata.KernelOf(cell.Metadata, notebookMetadata);
            if (!PolyglotMetadata.CSharpAliases.Contains(kernel))
            {
                return new Prepared(null, null,
                    $"the cell runs in the '{kernel}' kernel; the course runner runs C# cells only. " +
                    "Set the cell's language to C# or move the code into a C# cell.");
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (line.StartsWith("#!", StringComparison.Ordinal) || line.StartsWith("#i ", StringComparison.Ordinal))
            {
                var magic = line.Split(' ', 2)[0].TrimEnd('\r');
                return new Prepared(null, i + 1,
                    $"unsupported magic command '{magic}': the course runner runs plain C# script only " +
                    "(#r \"path.dll\" included). Remove the command or move that code into a C# cell.");
            }
        }

        return new Prepared(string.Join('\n', lines));
    }
}
