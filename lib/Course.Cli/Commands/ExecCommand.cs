using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Serialization;
using Course.Cli.Running;

namespace Course.Cli.Commands;

/// <summary>
/// Hidden <c>course exec NOTEBOOK</c>: runs one notebook in this process (the parent starts one process per
/// notebook, so assemblies, statics and a hung cell die with it), writes it back and reports to the parent.
/// </summary>
public static class ExecCommand
{
    public static async Task<int> RunAsync(RunArguments args)
    {
        if (args.Notebooks.Count != 1 || args.ResultFile is null)
        {
            throw new UsageException("exec is internal: course exec NOTEBOOK --result FILE [options]; use 'course run'");
        }

        var path = args.Notebooks[0];
        using var watchdog = new ParentWatchdog(args.ParentProcess);
        var writeBack = new WriteBack(Destination(path, args), args.InPlace);
        var cells = 0;
        var result = await NotebookRunner.RunFileAsync(path, new NotebookRunOptions
        {
            CellTimeout = TimeSpan.FromSeconds(args.CellTimeoutSeconds),
            NotebookTimeout = TimeSpan.FromSeconds(args.NotebookTimeoutSeconds),
            Parameters = args.Parameters,
            Fast = args.Fast,
            // If a cell ends the process, this report names it and the notebook holds the cells before it.
            BeforeCell = number => new ExecReport(ExitCodes.RunnerFailure, cells, 0, null, RunningCell: number).Save(args.ResultFile),
            AfterCell = notebook =>
            {
                cells++;
                watchdog.ExitIfParentGone();
                writeBack.Save(notebook);
            },
        });

        watchdog.ExitIfParentGone();
        writeBack.Save(result.Notebook);
        var exitCode = writeBack.Conflict is not null ? ExitCodes.RunnerFailure : result.Status switch
        {
            RunStatus.Passed => ExitCodes.Passed,
            RunStatus.TimedOut => ExitCodes.TimedOut,
            _ => ExitCodes.CellFailed,
        };
        var failure = writeBack.Conflict ?? result.Failure?.ToString();
        new ExecReport(exitCode, result.CellsExecuted, result.Elapsed.TotalSeconds, failure).Save(args.ResultFile);
        return exitCode;
    }

    // A .dib holds no outputs, so its executed copy is an .ipynb of the same name.
    private static string? Destination(string path, RunArguments args)
    {
        if (args.InPlace && NotebookReader.IsDib(path))
        {
            throw new UsageException($"{path}: a .dib file cannot hold outputs; write the executed notebook with --out DIR instead of --inplace");
        }

        var name = NotebookReader.IsDib(path) ? Path.ChangeExtension(Path.GetFileName(path), ".ipynb") : Path.GetFileName(path);
        return args.InPlace ? path
            : args.OutDirectory is { } folder ? Path.Combine(folder, name)
            : null;
    }
}
