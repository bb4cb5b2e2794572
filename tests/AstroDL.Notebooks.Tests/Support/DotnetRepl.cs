namespace AstroDL.Notebooks.Tests.Support;

/// <summary>
/// dotnet-repl, a command-line host of the Polyglot engine's C# kernel, pinned in the repository's tool manifest
/// (.config/dotnet-tools.json). The tests restore it themselves, once, so the README's test command stays the
/// whole set-up on a fresh clone.
/// </summary>
public static class DotnetRepl
{
    private static readonly Lazy<string?> restoreProblem = new(Restore);

    /// <summary>Why the tool cannot run here (its restore failed, e.g. offline), or null when it can.</summary>
    public static string? Unavailable => restoreProblem.Value;

    /// <summary>Runs every cell of <paramref name="notebook"/> and writes the executed notebook; exit code 0 passed, 2 a cell failed.</summary>
    public static (int ExitCode, string Output) Run(string notebook, string executedPath) =>
        ChildProcess.Run(
            "dotnet",
            ["tool", "run", "dotnet-repl", "--run", notebook, "--exit-after-run", "--output-format", "ipynb", "--output-path", executedPath],
            // The kernel resolves `#r` paths against its working directory; VS Code starts it in the notebook's folder.
            // From there `dotnet tool run` also finds the repository's tool manifest.
            workingDirectory: Path.GetDirectoryName(notebook),
            limit: TimeSpan.FromMinutes(10));

    private static string? Restore()
    {
        if (Repository.Root is not { } root)
        {
            return "the tests run outside the course repository, so its tool manifest (.config/dotnet-tools.json) is not there";
        }

        var (exitCode, output) = ChildProcess.Run("dotnet", ["tool", "restore"], root, TimeSpan.FromMinutes(5));
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return exitCode == 0 ? null
            : $"'dotnet tool restore' failed (exit code {exitCode}: {lastLine}), so the Polyglot kernel host dotnet-repl " +
              "is not installed; it needs NuGet once (then it is in the local package folder)";
    }
}

/// <summary>A theory that is skipped, with the reason, where dotnet-repl cannot be restored.</summary>
public sealed class DotnetReplTheoryAttribute : TheoryAttribute
{
    public DotnetReplTheoryAttribute()
    {
        if (DotnetRepl.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
