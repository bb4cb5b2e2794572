using static AstroDL.torch;

namespace AstroDL.Benchmarks.EndToEnd;

/// <summary>Training and test images [N, C, H, W] (float32) with their labels [N] (int64): what both sides of the comparison train on.</summary>
internal sealed record ImageData(Tensor TrainImages, Tensor TrainLabels, Tensor TestImages, Tensor TestLabels, string Description);
