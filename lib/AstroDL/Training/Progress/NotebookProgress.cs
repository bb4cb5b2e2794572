namespace AstroDL.Training;

/// <summary>
/// A live display in a notebook: one output showing the progress bar and the loss curve, replaced in place about a
/// hundred times over the whole run (often enough to watch, rarely enough to stay cheap) and after every epoch.
/// </summary>
internal sealed class NotebookProgress(TrainingProgressView view, Action<object?> update) : FitProgress
{
    private const int Updates = 100;

    public override void OnBatch(int epoch, int batch, double loss)
    {
        view.AddBatch(epoch, batch, loss);
        if (view.Steps % Math.Max(1, view.TotalSteps / Updates) == 0) update(view);
    }

    public override void OnEpoch(int epoch, IReadOnlyDictionary<string, double> logs, TimeSpan elapsed)
    {
        view.AddEpoch(epoch, logs, elapsed);
        update(view);
    }

    public override void OnMessage(string text)
    {
        view.Message = text;
        update(view);
    }
}
