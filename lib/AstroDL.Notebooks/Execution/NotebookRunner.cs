using System.Diagnostics;
using System.Globalization;
using AstroDL.Notebooks.Capture;
using AstroDL.Notebooks.Display;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;

namespace AstroDL.Notebooks.Execution;

/// <summary>
/// Runs a notebook's C# cells top to bottom in one script state, like the Polyglot C# kernel, recording
/// outputs in the notebook. Stops at the first failing or timed-out cell. The working directory is the
/// notebook's folder while it runs (process-wide: run one notebook per process, as the CLI does).
/// </summary>
public static class NotebookRunner
{
    /// <summary>Reads and runs a notebook file.</summary>
    public static Task<NotebookRunResult> RunFileAsync(string path, NotebookRunOptions options) =>
        RunAsync(NotebookReader.Read(path), path, options);

    /// <summary>Runs <paramref name="notebook"/>, which was read from <paramref name="path"/> (the name used in reports).</summary>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, string path, NotebookRunOptions options)
    {
        RequireCSharp(notebook, path);
        ParameterInjection.Inject(notebook, path, options.Parameters, options.Fast);
        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
        }

        ConsoleRouter.EnsureInstalled();
        LibraryDisplayHost.Install();
        // Resolved before the working directory moves to the notebook's folder, which would re-base a relative path.
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        var previousDirectory = Directory.GetCurrentDirectory();
        var clock = Stopwatch.StartNew();
        var captures = new List<OutputCapture>();
        Directory.SetCurrentDirectory(directory);
        try
        {
            var session = await ScriptSession.StartAsync(directory);
            var executed = 0;
            for (var index = 0; index < notebook.Cells.Count; index++)
            {
                var cell = notebook.Cells[index];
                if (!cell.IsCode)
                {
                    continue;
                }

                var number = SourceNumber(notebook, index);
                var prepared = CellCode.Prepare(cell, notebook.Metadata);
                if (prepared.IsProblem)
                {
                    cell.Outputs.Add(ErrorOutput.FromMessage(prepared.Problem!));
                    return Result(RunStatus.Failed, new CellFailure(path, number, prepared.ProblemLine, prepared.Problem!));
                }

                if (prepared.Code is null)
                {
                    continue;
                }

                executed++;
                cell.ExecutionCount = executed;
                var limit = TimeLimit(options, clock.Elapsed, out var notebookLimited);
                var cellFile = $"{fullPath}#cell{number}";
                var capture = new OutputCapture(cell.Outputs, options.MaxTextPerCell);
                captures.Add(capture);
                options.BeforeCell?.Invoke(number);
                var failure = await RunCellAsync(session, capture, cell, prepared, cellFile, limit);
                switch (failure)
                {
                    case null:
                        options.AfterCell?.Invoke(notebook);
                        continue;
                    case Timeout:
                        var message = notebookLimited
                            ? $"the notebook ran past its {Seconds(options.NotebookTimeout!.Value)} limit in this cell; outputs so far are kept. " +
                              "Shorten the run (smaller values in the parameters cell) or raise the notebook timeout."
                            : $"the cell did not finish within {Seconds(limit)}; outputs so far are kept. " +
                              "Make it faster (smaller values in the parameters cell) or raise --cell-timeout.";
                        cell.Outputs.Add(ErrorOutput.FromMessage(message));
                        return Result(RunStatus.TimedOut, new CellFailure(path, number, null, message));
                    case Failure(var line, var text):
                        return Result(RunStatus.Failed, new CellFailure(path, number, line, text));
                }
            }

            return Result(RunStatus.Passed, null);

            NotebookRunResult Result(RunStatus status, CellFailure? cellFailure) =>
                new(status, notebook, executed, clock.Elapsed, cellFailure);
        }
        finally
        {
            // The notebook is final now, even if a timed-out cell still runs in the background.
            captures.ForEach(c => c.Abandon());
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }

    private static async Task<Problem?> RunCellAsync(
        ScriptSession session, OutputCapture capture, NotebookCell cell, CellCode.Prepared prepared, string cellFile, TimeSpan limit)
    {
        foreach (var package in prepared.Packages ?? [])
        {
            try
            {
                session.AddPackage(package);
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidOperationException)
            {
                cell.Outputs.Add(ErrorOutput.FromMessage(e.Message));
                return new Failure(LineOf(cell, package.Name), e.Message);
            }
        }

        var cancellation = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();

        // A dedicated thread: a cell that blocks (or never ends) must not hold up the watchdog.
        var run = Task.Factory.StartNew(
            () =>
            {
                CellContext.Current = capture;
                return session.RunAsync(prepared.Code!, cellFile, cancellation.Token);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap();

        if (await Task.WhenAny(run, Task.Delay(limit)) != run)
        {
            cancellation.Cancel();
            capture.Complete();
            return new Timeout();
        }

        var outcome = await run;
        if (prepared.Timed)
        {
            // The kernel's #!time output: a text/plain display after the cell's own outputs.
            capture.Add(DataOutput.PlainText(DataOutputKind.DisplayData,
                string.Create(CultureInfo.InvariantCulture, $"Wall time: {clock.Elapsed.TotalMilliseconds:0.###}ms")));
        }

        capture.Complete();
        switch (outcome)
        {
            case CellOutcome.Completed { HasValue: true, Value: not DisplayHandle } completed:
                var value = completed.Value;
                cell.Outputs.Add(new DataOutput(DataOutputKind.ExecuteResult, MimeBundle.Format(value, MimeBundle.MimeTypesFor(value, [])), [], cell.ExecutionCount));
                return null;
            case CellOutcome.Completed:
                return null;
            case CellOutcome.CompileFailed(var errors):
                cell.Outputs.Add(CellErrors.CompileOutput(errors));
                var (line, message) = CellErrors.CompileSummary(errors);
                return new Failure(line, message);
            case CellOutcome.Threw(var exception):
                cell.Outputs.Add(CellErrors.ExceptionOutput(exception));
                return new Failure(CellErrors.ExceptionLine(exception, cellFile), $"{exception.GetType().FullName}: {exception.Message}");
            default:
                throw new InvalidOperationException($"unexpected cell outcome {outcome.GetType().Name}");
        }
    }

    /// <summary>
    /// The 1-based number of the cell in the notebook as the user wrote it: the injected parameters cell is not counted
    /// (it fails as the parameters cell it overrides).
    /// </summary>
    private static int SourceNumber(Notebook notebook, int index) =>
        index + 1 - notebook.Cells.Take(index).Count(c => c.Tags.Contains(ParameterInjection.InjectedTag));

    /// <summary>The 1-based line of the cell that mentions <paramref name="text"/> (a directive), if any.</summary>
    private static int? LineOf(NotebookCell cell, string text)
    {
        var index = Array.FindIndex(cell.Source.Split('\n'), l => l.Contains(text, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }

    private static void RequireCSharp(Notebook notebook, string path)
    {
        var kernelspec = PolyglotMetadata.KernelspecNameOf(notebook.Metadata);
        if (kernelspec is not null && !kernelspec.StartsWith(".net-", StringComparison.Ordinal))
        {
            throw new NotebookFormatException(
                $"{path}: kernelspec '{kernelspec}' is not a .NET kernel; the course runner runs C# notebooks. " +
                $"Set metadata.kernelspec.name to '{PolyglotMetadata.KernelspecName}' (VS Code: select the .NET Interactive kernel).");
        }

        PolyglotMetadata.EnsurePresent(notebook.Metadata);
    }

    private static TimeSpan TimeLimit(NotebookRunOptions options, TimeSpan elapsed, out bool notebookLimited)
    {
        var limit = options.CellTimeout;
        notebookLimited = false;
        if (options.NotebookTimeout is { } total && total - elapsed < limit)
        {
            limit = total - elapsed > TimeSpan.Zero ? total - elapsed : TimeSpan.Zero;
            notebookLimited = true;
        }

        return limit;
    }

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");

    private abstract record Problem;

    private sealed record Timeout : Problem;

    private sealed record Failure(int? Line, string Message) : Problem;
}
