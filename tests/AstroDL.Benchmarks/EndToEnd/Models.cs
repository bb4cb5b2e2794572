using static AstroDL.torch;

namespace AstroDL.Benchmarks.EndToEnd;

/// <summary>The models of the comparison, built the same way in torch_train.py.</summary>
internal static class Models
{
    /// <summary>(a) 784-128-10 with ReLU.</summary>
    public static nn.Module<Tensor, Tensor> Mlp() =>
        nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10));

    /// <summary>(b) conv3x3(32)-ReLU-maxpool-conv3x3(64)-ReLU-maxpool-fc128-ReLU-fc10.</summary>
    public static nn.Module<Tensor, Tensor> ConvNet() =>
        nn.Sequential(
            nn.Conv2d(1, 32, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10));

    /// <summary>
    /// (c) Lecture 5's galaxy classifier on 64×64×3 stamps: three conv3x3-BatchNorm-ReLU-maxpool blocks (16, 32, 64
    /// channels) down to 8×8, then fc64-ReLU-fc10.
    /// </summary>
    public static nn.Module<Tensor, Tensor> GalaxyNet() =>
        nn.Sequential(
            nn.Conv2d(3, 16, 3, padding: 1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding: 1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding: 1), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(64 * 8 * 8, 64), nn.ReLU(), nn.Linear(64, 10));
}
