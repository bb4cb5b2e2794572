namespace AstroDL.Benchmarks.EndToEnd;

/// <summary>
/// One epoch of the kit: wall time, mean training loss, test accuracy, bytes allocated per step, and the garbage
/// collections (all generations) and their total pause during the epoch's training steps.
/// </summary>
internal sealed record EpochResult(int Epoch, double Seconds, double Loss, double Accuracy, double BytesPerStep, int Collections, TimeSpan GcPause);
