using System.Text.Json;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.Recurrent;

/// <summary>
/// Lecture 6's LSTM and GRU training steps with the kit and with PyTorch (torch_rnn.py) in one run: rounds of
/// --steps steps alternate between the two sides, and the medians over --rounds rounds give milliseconds per step
/// and the kit/PyTorch ratio. Options: --steps N (20), --rounds N (5), --threads N (both sides, default all cores).
/// </summary>
internal static class RecurrentComparison
{
    private const int Seed = 1, WarmUpSteps = 3;

    public static void Run(Options options)
    {
        int steps = options.Int("steps", 20), rounds = options.Int("rounds", 5), threads = options.Int("threads", Environment.ProcessorCount);
        set_num_threads(threads);
        Console.WriteLine($"batch {RecurrentCase.Batch}, Adam, {rounds} rounds of {steps} steps, {threads} thread(s) on each side, {Environment.ProcessorCount} cores");
        Console.WriteLine("| case | layer | steps × features → hidden | kit ms / step | PyTorch ms / step | kit / PyTorch |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var c in RecurrentCase.All)
        {
            using var script = new PythonScript("torch_rnn.py", "--case", c.Name, "--threads", $"{threads}", "--seed", $"{Seed}");
            script.Receive();
            var kit = new KitRecurrentStep(c, Seed);
            kit.Time(WarmUpSteps);
            Torch(script, WarmUpSteps);
            var kitTimes = new List<double>();
            var torchTimes = new List<double>();
            for (int r = 0; r < rounds; r++)
            {
                kitTimes.Add(kit.Time(steps));
                torchTimes.Add(Torch(script, steps));
            }
            double kitMedian = Statistics.Median(kitTimes), torchMedian = Statistics.Median(torchTimes);
            Console.WriteLine($"| {c.Name} | {c.Cell.ToUpperInvariant()} | {c.Steps} × {c.Features} → {c.Hidden} | {kitMedian:F1} | {torchMedian:F1} | {kitMedian / torchMedian:F2} |");
        }
    }

    private static double Torch(PythonScript script, int steps)
    {
        script.Send($"{steps}");
        return JsonSerializer.Deserialize<TorchRound>(script.Receive())!.ms;
    }


    /// <summary>One JSON line of torch_rnn.py.</summary>
    private sealed record TorchRound(double ms);
}
