using Course.Cli.Running;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course test [NOTEBOOK...]</c>: runs every lecture notebook (or those named) in the fast setting, each in its own
/// process, and prints a table (notebook, cells, time, result), the failures, and <c>N passed, N failed</c>.
/// </summary>
public static class TestCommand
{
    public static async Task<int> RunAsync(RunArguments args, TextWriter output)
    {
        var notebooks = args.Notebooks.Count > 0 ? args.Notebooks : RunCommand.LectureNotebooksOrFail();
        var options = args.ChildOptions(fast: !args.Full);
        var width = Math.Max("notebook".Length, notebooks.Max(n => Path.GetFileName(n).Length)) + 2;
        output.WriteLine("notebook".PadRight(width) + "cells".PadLeft(6) + "time".PadLeft(10) + "  result");
        var outcomes = new List<NotebookOutcome>();
        foreach (var notebook in notebooks)
        {
            var outcome = await NotebookProcess.RunAsync(notebook, options, args.NotebookTimeoutSeconds);
            outcomes.Add(outcome);
            output.WriteLine(Path.GetFileName(notebook).PadRight(width) + outcome.Cells.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(6) +
                RunCommand.Seconds(outcome.Seconds).PadLeft(10) + "  " + Result(outcome));
        }

        foreach (var failure in outcomes.Where(o => !o.Passed && o.Detail is not null))
        {
            output.WriteLine();
            output.WriteLine(failure.Detail);
        }

        output.WriteLine($"{outcomes.Count(o => o.Passed)} passed, {outcomes.Count(o => !o.Passed)} failed");
        return outcomes.Select(o => o.ExitCode).DefaultIfEmpty(ExitCodes.Passed).Max();
    }

    private static string Result(NotebookOutcome outcome) => outcome switch
    {
        { Passed: true } => "PASS",
        { RunnerError: true } => "FAIL (runner error)",
        { ExitCode: ExitCodes.TimedOut } => "FAIL (timeout)",
        _ => "FAIL",
    };
}
