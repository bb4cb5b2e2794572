using System.Text.Json.Nodes;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Packages;

namespace AstroDL.Notebooks.Execution;

/// <summary>
/// Turns a code cell into C# script text the way the Polyglot kernel would. Directive lines are blanked, so line
/// numbers stay those of the cell: a leading C# kernel selector, <c>#!time</c> (the cell is timed) and
/// <c>#r "nuget: Name, Version"</c> (hoisted: resolved before the cell runs). <c>#!markdown</c> cells are not run.
/// Every other magic command or kernel is refused, so a notebook that passes here also runs in VS Code.
/// <c>#r "path.dll"</c> and <c>#load "file.csx"</c> are plain C# script and stay for Roslyn.
/// </summary>
internal static class CellCode
{
    /// <summary>The result: C# to run (null for nothing), whether to time it, packages to add, or a problem at a line of the cell.</summary>
    internal sealed record Prepared(string? Code, bool Timed = false, IReadOnlyList<PackageReference>? Packages = null,
        int? ProblemLine = null, string? Problem = null)
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
                return new Prepared(null, ProblemLine: null, Problem:
                    $"the cell runs in the '{kernel}' kernel; the course runner runs C# cells only. " +
                    "Set the cell's language to C# or move the code into a C# cell.");
            }
        }

        var timed = false;
        var packages = new List<PackageReference>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart().TrimEnd('\r');
            if (line == "#!time")
            {
                timed = true;
                lines[i] = "";
                continue;
            }

            if (line.StartsWith("#r ", StringComparison.Ordinal))
            {
                try
                {
                    if (PackageReference.Parse(line[3..]) is { } package)
                    {
                        packages.Add(package);
                        lines[i] = "";
                    }
                }
                catch (FormatException e)
                {
                    return new Prepared(null, ProblemLine: i + 1, Problem: e.Message);
                }

                continue;
            }

            if (line.StartsWith("#!", StringComparison.Ordinal) || line.StartsWith("#i ", StringComparison.Ordinal))
            {
                var magic = line.Split(' ', 2)[0];
                return new Prepared(null, ProblemLine: i + 1, Problem:
                    $"unsupported magic command '{magic}': the course runner runs C# script with #!time, #r \"path.dll\", " +
                    "#r \"nuget: Name, Version\" and #load \"file.csx\". Remove the command or move that code into a C# cell.");
            }
        }

        return new Prepared(string.Join('\n', lines), timed, packages);
    }
}
