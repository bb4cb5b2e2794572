using static AstroDL.torch;

namespace AstroDL.Benchmarks.EndToEnd;

internal static partial class Models
{
    static partial void BuildConvNet(ref nn.Module<Tensor, Tensor>? model) =>
        model = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10));
}
