using System.Text.Json;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.EndToEnd;

/// <summary>
/// Trains each model with the kit and with PyTorch (torch_train.py) on the same data in one run, epoch by epoch in
/// turn, and prints seconds per epoch, test accuracy and the kit/PyTorch time ratio, plus the kit's allocated bytes
/// per training step. Options: --epochs N, --threads N (both sides), --data FOLDER (Fashion-MNIST), --models mlp,cnn,galaxy,
/// --galaxies N and --galaxy-tests N (simulated stamps for the galaxy model: 4,000 and 1,000).
/// </summary>
internal static class EndToEndComparison
{
    private const int BatchSize = 64, Seed = 1;

    public static void Run(Options options)
    {
        int epochs = options.Int("epochs", 3), threads = options.Int("threads", Environment.ProcessorCount);
        string fashionFolder = options.Text("data", FashionMnist.SystemFolder);
        set_num_threads(threads);
        var names = options.Text("models", "mlp,cnn").Split(',');
        // Each data set is made once, before any clock starts, and only when a chosen model needs it.
        var fashion = names.Any(n => n != "galaxy") ? FashionMnist.Load(fashionFolder) : null;
        string galaxyFolder = Path.Combine(Path.GetTempPath(), $"astrodl-e2e-galaxies-{Environment.ProcessId}");
        ImageData? galaxies = null;
        if (names.Contains("galaxy"))
        {
            galaxies = GalaxyStamps.Simulate(options.Int("galaxies", 4000), options.Int("galaxy-tests", 1000), Seed);
            GalaxyStamps.Write(galaxies, galaxyFolder);
        }
        // The garbage of decoding or simulating is no part of training: collect it before any clock starts.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"Batch {BatchSize}, Adam, {epochs} epochs, {threads} thread(s) on each side, {Environment.ProcessorCount} cores");
        Console.WriteLine("| model | data | epoch | kit s | PyTorch s | kit / PyTorch | kit accuracy | PyTorch accuracy | kit loss | PyTorch loss | kit bytes / step | kit GCs (pause) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        try
        {
            foreach (var name in names)
            {
                var (data, folder) = name == "galaxy" ? (galaxies!, galaxyFolder) : (fashion!, fashionFolder);
                Compare(name, data, folder, epochs, threads);
            }
        }
        finally
        {
            if (Directory.Exists(galaxyFolder)) Directory.Delete(galaxyFolder, recursive: true);
        }
    }

    private static void Compare(string name, ImageData data, string folder, int epochs, int threads)
    {
        manual_seed(Seed);
        var model = name switch
        {
            "mlp" => Models.Mlp(),
            "cnn" => Models.ConvNet(),
            "galaxy" => Models.GalaxyNet(),
            _ => throw new ArgumentException($"--models: unknown model '{name}'; choose from mlp, cnn, galaxy."),
        };
        string rows = $"{data.TrainLabels.size(0)}/{data.TestLabels.size(0)} {data.Description}";
        // Epochs alternate between the two sides, so a change in the machine's load touches both alike.
        using var script = new PythonScript("torch_train.py", "--model", name, "--batch", $"{BatchSize}",
            "--threads", $"{threads}", "--seed", $"{Seed}", "--data", folder);
        script.Receive();
        using var kit = new KitTraining(model, data, BatchSize, Seed);
        var kitEpochs = new List<EpochResult>();
        var torchEpochs = new List<TorchEpoch>();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            var k = kit.RunEpoch(epoch);
            script.Send("epoch");
            var t = JsonSerializer.Deserialize<TorchEpoch>(script.Receive())!;
            kitEpochs.Add(k);
            torchEpochs.Add(t);
            Console.WriteLine($"| {name} | {rows} | {k.Epoch} | {k.Seconds:F2} | {t.seconds:F2} | {k.Seconds / t.seconds:F2} | {k.Accuracy:P2} | " +
                $"{t.accuracy:P2} | {k.Loss:F4} | {t.loss:F4} | {k.BytesPerStep:N0} | {k.Collections} ({k.GcPause.TotalMilliseconds:F1} ms) |");
        }
        double kitMedian = Statistics.Median(kitEpochs.Select(e => e.Seconds)), torchMedian = Statistics.Median(torchEpochs.Select(e => e.seconds));
        Console.WriteLine($"| {name} | {rows} | median | {kitMedian:F2} | {torchMedian:F2} | {kitMedian / torchMedian:F2} | " +
            $"{(kitEpochs[^1].Accuracy - torchEpochs[^1].accuracy) * 100:+0.00;-0.00} points (last epoch) | | | | | |");
    }

    /// <summary>One JSON line of torch_train.py.</summary>
    private sealed record TorchEpoch(int epoch, double seconds, double loss, double accuracy);
}
