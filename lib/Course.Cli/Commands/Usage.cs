namespace Course.Cli.Commands;

/// <summary>
/// What <c>course help [COMMAND]</c> prints: one block per command, so <c>course help run</c> and
/// <c>course run --help</c> show that command alone and <c>course help</c> shows them all.
/// </summary>
public static class Usage
{
    private const string Calling = """
        Call it from the repository: ./course COMMAND (course.cmd on Windows), which builds and runs the Release build;
        or dotnet run --project lib/Course.Cli -c Release -- COMMAND.
        """;

    private static readonly Dictionary<string, string> Commands = new(StringComparer.Ordinal)
    {
        ["run"] = """
            course run [NOTEBOOK...] [--out DIR | --inplace] [--param name=value]... [--fast | --full] [--cell-timeout S] [--timeout S]
              Runs each notebook (.ipynb or .dib) in its own process, top to bottom; stops a notebook at its first failing cell.
              Without notebooks: every notebook in notebooks/, in lecture order, in the fast setting (--full for the full one).
              --out DIR         write executed notebooks to DIR      --inplace      write outputs into the notebooks
              --param k=v       override a variable of the cell tagged 'parameters' (typed as declared there)
              --fast            set the parameter 'fast' to true     --full         the full setting
              --cell-timeout S  per-cell limit (default 600)         --timeout S    per-notebook limit (default 1800)
              Exit code: 0 all passed, 1 a cell failed, 2 a time limit was hit, 3 the runner itself failed.
            """,
        ["test"] = """
            course test [NOTEBOOK...] [--full] [run options]
              Runs every lecture notebook in the fast setting and prints a table: notebook, cells, time, result.
            """,
        ["doctor"] = """
            course doctor [--verbose]
              Checks the .NET SDK, the library build, CPU features, CUDA and the data sets; says what to do about problems.
              --verbose adds the trace lines (where the CUDA libraries were looked for) that problems always show.
            """,
        ["data"] = """
            course data [list] | verify [NAME...] | fetch NAME... | fetch --all
              Lists the data sets and where they were found; verifies their checksums; downloads them when online.
            """,
        ["help"] = """
            course help [COMMAND]   (or course COMMAND --help)
              Shows how to use every command, or one.
            """,
    };

    /// <summary>Every command's usage, or one command's; an unknown command is a usage error that lists the known ones.</summary>
    public static string For(string? command) =>
        command is null ? Calling + "\n\n" + string.Join("\n", Commands.Values)
        : Commands.TryGetValue(command, out var text) ? text
        : throw new UsageException($"there is no command '{command}'; the commands are {string.Join(", ", Commands.Keys)}");

    /// <summary>Whether <paramref name="command"/> is one that <c>--help</c> describes (not the hidden <c>exec</c>).</summary>
    public static bool Describes(string command) => Commands.ContainsKey(command);

    /// <summary>Whether the arguments after the command ask for its usage (<c>--help</c> or <c>-h</c>).</summary>
    public static bool AsksForHelp(IEnumerable<string> arguments) => arguments.Any(a => a is "--help" or "-h");
}
