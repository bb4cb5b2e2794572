using System.Diagnostics;
using AstroDL.Datasets;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.FullRuns;

/// <summary>
/// The full run behind the CI test MnistCnnTests: a CNN on the MNIST digits the kit loads offline (the 8,000/2,000
/// sample, or the first 8,000 of the full set), ten epochs with ±2 pixel shifts, reaching at least 97% test accuracy.
/// Prints accuracy and seconds per epoch; exits 1 when the final accuracy is below 97%.
/// </summary>
internal static class CnnMnistRun
{
    public static int Run(string[] args)
    {
        var epochs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
        manual_seed(0);
        var train = Mnist.Load(Split.Train);
        var test = Mnist.Load(Split.Test);
        var count = Math.Min(8_000, train.Count);
        var images = train.Images.narrow(0, 0, count);
        var labels = train.Labels.narrow(0, 0, count);
        var model = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Dropout(0.3), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10));
        var optimizer = optim.Adam(model.parameters(), lr: 1e-3);
        var schedule = optim.lr_scheduler.StepLR(optimizer, 4, 0.25);
        var loss = nn.CrossEntropyLoss();
        var shift = torchvision.transforms.RandomCrop(28, padding: 2, generator: new Generator(1));
        Console.WriteLine($"CNN on {count} training digits from {train.Source}, tested on {test.Count}");
        double accuracy = 0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            model.train();
            foreach (var (x, y) in utils.data.DataLoader(utils.data.TensorDataset(images, labels), batchSize: 64, shuffle: true, seed: epoch))
            {
                optimizer.zero_grad();
                loss.forward(model.forward(shift.call(x)), y).backward();
                optimizer.step();
            }

            schedule.step();
            model.eval();
            using (no_grad())
            {
                accuracy = model.forward(test.Images).argmax(1).eq(test.Labels).to_type(ScalarType.Float64).mean().item<double>();
            }

            Console.WriteLine($"epoch {epoch}: test accuracy {accuracy:P2}, {clock.Elapsed.TotalSeconds:F1} s");
        }

        Console.WriteLine(accuracy >= 0.97 ? "PASS: at least 97%" : "FAIL: below 97%");
        return accuracy >= 0.97 ? 0 : 1;
    }
}
