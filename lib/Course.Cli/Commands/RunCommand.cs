using System.Globalization;
using Course.Cli.Running;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course run [NOTEBOOK...]</c>: runs each notebook in its own child process with a wall-clock limit, prints
/// <c>PASS/FAIL notebook (N cells, T s)</c> and the failing cell, then <c>N passed, N failed</c>. Without notebooks it
/// runs every lecture notebook in lecture order, in the fast setting unless --full.
/// </summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(RunArguments args, TextWriter output)
    {
        var notebooks = args.Notebooks.Count > 0 ? args.Notebooks : LectureNotebooksOrFail();
        var options = args.ChildOptions(fast: args.Notebooks.Count > 0 ? args.Fast : !args.Full);
        int passed = 0, failed = 0, exitCode = ExitCodes.Passed;
        foreach (var notebook in notebooks)
        {
            var outcome = await NotebookProcess.RunAsync(notebook, options, args.NotebookTimeoutSeconds);
            output.WriteLine(Summary(outcome));
            if (outcome.Detail is { } detail)
            {
                output.WriteLine("  " + detail.Replace("\n", "\n  ", StringComparison.Ordinal));
            }

            (passed, failed) = outcome.Passed ? (passed + 1, failed) : (passed, failed + 1);
            exitCode = Math.Max(exitCode, outcome.ExitCode);
        }

        output.WriteLine($"{passed} passed, {failed} failed");
        return exitCode;
    }

    internal static IReadOnlyList<string> LectureNotebooksOrFail()
    {
        var root = CourseLayout.RequireRoot();
        var notebooks = CourseLayout.LectureNotebooks(root);
        return notebooks.Count > 0
            ? notebooks
            : throw new UsageException($"no notebooks in {Path.Combine(root, "notebooks")}; name notebooks to run: course run NOTEBOOK.ipynb");
    }

    internal static string Seconds(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Summary(NotebookOutcome outcome) => outcome switch
    {
        { RunnerError: true } => $"FAIL {outcome.Notebook} (runner error, exit code {outcome.ExitCode})",
        { Killed: true } => $"FAIL {outcome.Notebook} (killed after {Seconds(outcome.Seconds)})",
        _ => $"{(outcome.Passed ? "PASS" : "FAIL")} {outcome.Notebook} ({outcome.Cells} cells, {Seconds(outcome.Seconds)})",
    };
}
