using Spectre.Console;

namespace AstroDL.Training;

/// <summary>A Spectre.Console progress bar per epoch in an interactive terminal, showing the running loss.</summary>
internal sealed class TerminalProgress(int epochs, int batchesPerEpoch) : FitProgress
{
    private ProgressContext? context;
    private ProgressTask? task;

    public override T Run<T>(Func<T> training)
    {
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                context = progress;
                result = training();
            });
        return result;
    }

    public override void OnBatch(int epoch, int batch, double loss)
    {
        task ??= context?.AddTask(Title(epoch), maxValue: batchesPerEpoch);
        if (task is null) return;
        task.Value = batch + 1;
        task.Description = Markup.Escape($"{Title(epoch)} loss {loss:F4}");
    }

    public override void OnEpoch(int epoch, IReadOnlyDictionary<string, double> logs, TimeSpan elapsed)
    {
        if (task is null) return;
        task.Description = Markup.Escape(Title(epoch) + " " + string.Join(" ", logs.Select(e => $"{e.Key} {e.Value:F4}")));
        task.StopTask();
        task = null;
    }

    public override void OnMessage(string text) => AnsiConsole.WriteLine(text);

    private string Title(int epoch) => $"Epoch {epoch + 1}/{epochs}";
}
