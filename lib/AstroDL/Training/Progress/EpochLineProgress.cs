using System.Globalization;

namespace AstroDL.Training;

/// <summary>One line per epoch on the console, as Keras prints with verbose=2: logs and CI output stay readable.</summary>
internal sealed class EpochLineProgress(int epochs) : FitProgress
{
    public override void OnEpoch(int epoch, IReadOnlyDictionary<string, double> logs, TimeSpan elapsed) =>
        Console.WriteLine(Format(epoch, epochs, logs, elapsed));

    public override void OnMessage(string text) => Console.WriteLine(text);

    /// <summary><c>Epoch 3/10 - loss: 0.1234 - accuracy: 0.9650 - 1.2 s</c></summary>
    internal static string Format(int epoch, int epochs, IReadOnlyDictionary<string, double> logs, TimeSpan elapsed) =>
        $"Epoch {epoch + 1}/{epochs} - " +
        string.Join(" - ", logs.Select(e => $"{e.Key}: {e.Value.ToString("F4", CultureInfo.InvariantCulture)}")) +
        $" - {elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s";
}
