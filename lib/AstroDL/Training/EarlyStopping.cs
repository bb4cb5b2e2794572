namespace AstroDL.Training;

/// <summary>
/// Stops fit() when the monitored value has not improved by at least min_delta for patience epochs, and
/// optionally puts back the weights of the best epoch (Keras' EarlyStopping).
/// </summary>
public sealed class EarlyStopping(string monitor = "val_loss", int patience = 3, double min_delta = 0, bool restore_best_weights = true)
{
    public string Monitor { get; } = monitor;
    public int Patience { get; } = patience;
    public double MinDelta { get; } = min_delta;
    public bool RestoreBestWeights { get; } = restore_best_weights;

    /// <summary>Accuracy-like values improve upwards, losses downwards.</summary>
    internal bool HigherIsBetter => !Monitor.EndsWith("loss", StringComparison.Ordinal);

    internal bool Improves(double value, double best) =>
        HigherIsBetter ? value > best + MinDelta : value < best - MinDelta;
}
