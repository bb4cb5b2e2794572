using AstroDL.Display;
using Spectre.Console;

namespace AstroDL.Training;

/// <summary>
/// How fit() reports while it trains. This base reports nothing (verbose: 0); the others show a live display in a
/// notebook, a progress bar in a terminal, or one line per epoch when the output goes to a file or a log.
/// </summary>
internal class FitProgress
{
    /// <summary>
    /// The reporter for a verbosity: 0 nothing; 1 a live progress display and loss curve in a notebook (found through
    /// <see cref="NotebookDisplay"/>), else a progress bar in an interactive terminal, else lines; 2 one line per epoch.
    /// </summary>
    public static FitProgress Create(int verbose, int epochs, int batchesPerEpoch)
    {
        if (verbose <= 0) return new FitProgress();
        if (verbose == 1)
        {
            var view = new TrainingProgressView(epochs, batchesPerEpoch);
            if (NotebookDisplay.TryShow(view) is { } update) return new NotebookProgress(view, update);
            if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive) return new TerminalProgress(epochs, batchesPerEpoch);
        }
        return new EpochLineProgress(epochs);
    }

    /// <summary>Runs the training loop (a terminal progress bar wraps it in its live display).</summary>
    public virtual T Run<T>(Func<T> training) => training();

    /// <summary>After each optimizer step: the epoch and batch (0-based) and that batch's loss.</summary>
    public virtual void OnBatch(int epoch, int batch, double loss)
    {
    }

    /// <summary>After each epoch, with its logs (loss, accuracy, val_loss, ...) and duration.</summary>
    public virtual void OnEpoch(int epoch, IReadOnlyDictionary<string, double> logs, TimeSpan elapsed)
    {
    }

    /// <summary>A remark such as why training stopped early.</summary>
    public virtual void OnMessage(string text)
    {
    }
}
