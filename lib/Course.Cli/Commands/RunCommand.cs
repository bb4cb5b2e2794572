using System.Diagnostics;
using System.Globalization;
using Course.Cli.Running;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course run NOTEBOOK...</c>: runs each notebook in its own child process with a wall-clock limit,
/// prints <c>PASS/FAIL notebook (N cells, T s)</c> and the failing cell, then <c>N passed, N failed</c>.
/// </summary>
public static class RunCommand
{
    // Time the child gets beyond the notebook limit to write its partial notebook before it is killed.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(RunArguments args, TextWriter output)
    {
        if (args.Notebooks.Count == 0)
        {
            throw new UsageException("no notebook given: course run NOTEBOOK.ipynb [more...] [options]");
        }

        var options = args.ChildOptions();
        int passed = 0, failed = 0, exitCode = ExitCodes.Passed;
        foreach (var notebook in args.Notebooks)
        {
            var (code, line, detail) = await RunOneAsync(notebook, options, args.NotebookTimeoutSeconds);
            output.WriteLine(line);
            if (detail is not null)
            {
                output.WriteLine("  " + detail.Replace("\n", "\n  ", StringComparison.Ordinal));
            }

            if (code == ExitCodes.Passed)
            {
                passed++;
            }
            else
            {
                failed++;
            }

            exitCode = Math.Max(exitCode, code);
        }

        output.WriteLine($"{passed} passed, {failed} failed");
        return exitCode;
    }

    private static async Task<(int Code, string Line, string? Detail)> RunOneAsync(
        string notebook, IReadOnlyList<string> options, double timeoutSeconds)
    {
        var resultFile = Path.Combine(Path.GetTempPath(), $"course-exec-{Guid.NewGuid():N}.json");
        var clock = Stopwatch.StartNew();
        try
        {
            using var child = Process.Start(SelfInvocation.StartInfo(["exec", notebook, "--result", resultFile, .. options]))
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
                return (ExitCodes.TimedOut, $"FAIL {notebook} (killed after {Seconds(clock.Elapsed.TotalSeconds)})",
                    $"{notebook}: the run did not stop at its {timeoutSeconds} s limit and was killed; no outputs were written. " +
                    "Raise --timeout or shorten the notebook.");
            }

            var report = ExecReport.Load(resultFile);
            if (report is null)
            {
                var errors = (await stderr).Trim();
                var text = errors.Length > 0 ? errors : (await stdout).Trim();
                return (ExitCodes.RunnerFailure, $"FAIL {notebook} (runner error, exit code {child.ExitCode})", text);
            }

            var verdict = report.ExitCode == ExitCodes.Passed ? "PASS" : "FAIL";
            return (report.ExitCode, $"{verdict} {notebook} ({report.Cells} cells, {Seconds(report.Seconds)})", report.Failure);
        }
        finally
        {
            File.Delete(resultFile);
        }
    }

    private static string Seconds(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
