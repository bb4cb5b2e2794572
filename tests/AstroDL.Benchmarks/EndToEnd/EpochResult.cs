namespace AstroDL.Benchmarks.EndToEnd;

/// <summary>One epoch of one side: wall time, mean training loss, test accuracy, and (kit only) bytes allocated per step.</summary>
internal sealed record EpochResult(int Epoch, double Seconds, double Loss, double Accuracy, double? BytesPerStep);
