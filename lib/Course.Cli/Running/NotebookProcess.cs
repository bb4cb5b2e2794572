using System.Diagnostics;

namespace Course.Cli.Running;

/// <summary>How one notebook's child process ended: the exit code, the executed cells, the time and the failure line.</summary>
public sealed record NotebookOutcome(string Notebook, int ExitCode, int Cells, double Seconds, string? Detail, bool RunnerError = false, bool Killed = false)
{
    public bool Passed => ExitCode == ExitCodes.Passed;
}

/// <summary>
/// Runs one notebook in a child process (<c>course exec</c>) with a wall-clock limit, so assemblies, statics and a
/// hung cell die with it, and reads the report it leaves.
/// </summary>
public static class NotebookProcess
{
    // Time the child gets beyond the notebook limit to write its partial notebook before it is killed.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public static async Task<NotebookOutcome> RunAsync(string notebook, IReadOnlyList<string> options, double timeoutSeconds)
    {
        var resultFile = Path.Combine(Path.GetTempPath(), $"course-exec-{Guid.NewGuid():N}.json");
        var clock = Stopwatch.StartNew();
        try
        {
            using var child = Process.Start(SelfInvocation.StartInfo(
                    ["exec", notebook, "--result", resultFile, "--parent", $"{Environment.ProcessId}", .. options]))
                ?? throw new InvalidOperationException("the child process did not start");
            var stdout = child.StandardOutput.ReadToEndAsync();
            var stderr = child.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds) + Grace);
            try
            {
                await child.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                child.Kill(entireProcessTree: true);
                return new NotebookOutcome(notebook, ExitCodes.TimedOut, 0, clock.Elapsed.TotalSeconds,
                    $"{notebook}: the run did not stop at its {timeoutSeconds} s limit and was killed; no outputs were written. " +
                    "Raise --timeout or shorten the notebook.", Killed: true);
            }

            if (ExecReport.Load(resultFile) is not { } report)
            {
                var errors = (await stderr).Trim();
                return new NotebookOutcome(notebook, ExitCodes.RunnerFailure, 0, clock.Elapsed.TotalSeconds,
                    errors.Length > 0 ? errors : (await stdout).Trim(), RunnerError: true);
            }

            if (report.RunningCell is { } cell)
            {
                return new NotebookOutcome(notebook, ExitCodes.RunnerFailure, report.Cells, clock.Elapsed.TotalSeconds,
                    $"{notebook}, cell {cell}: the cell ended the process ({ExitDescription(child.ExitCode)}), for example with " +
                    "Environment.Exit, a stack overflow or an exception on a background thread. The outputs of the cells before it " +
                    "were written.", RunnerError: true);
            }

            return new NotebookOutcome(notebook, report.ExitCode, report.Cells, report.Seconds, report.Failure);
        }
        finally
        {
            File.Delete(resultFile);
        }
    }

    // A process killed by a signal exits with 128 + the signal's number on Unix.
    private static string ExitDescription(int code) => code > 128 && !OperatingSystem.IsWindows()
        ? $"exit code {code}: signal {code - 128}{(code - 128 == 9 ? ", SIGKILL" : code - 128 == 6 ? ", SIGABRT" : "")}"
        : $"exit code {code}";
}
