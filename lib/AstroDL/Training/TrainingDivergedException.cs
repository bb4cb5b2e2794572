namespace AstroDL.Training;

/// <summary>Raised when the training loss becomes NaN or infinite: the step it happened at and the last finite loss.</summary>
public sealed class TrainingDivergedException(int step, int epoch, double loss, double lastFiniteLoss)
    : Exception(
        $"fit: the loss became {loss} at step {step} (epoch {epoch + 1}); the last finite loss was " +
        $"{(double.IsNaN(lastFiniteLoss) ? "none (the first step already failed)" : lastFiniteLoss.ToString("G6", System.Globalization.CultureInfo.InvariantCulture))}. " +
        "Lower the learning rate, check the inputs for NaN or huge values, or clip gradients (torch.nn.utils.clip_grad_norm_).")
{
    public int Step { get; } = step;
    public int Epoch { get; } = epoch;
    public double Loss { get; } = loss;
    public double LastFiniteLoss { get; } = lastFiniteLoss;
}
