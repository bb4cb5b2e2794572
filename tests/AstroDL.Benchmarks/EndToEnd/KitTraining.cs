using System.Diagnostics;
using AstroDL.Modules;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.EndToEnd;

/// <summary>The kit's side: Adam, batch 64, a new shuffled order each epoch, one dispose scope per step (TorchSharp's pattern).</summary>
internal sealed class KitTraining(nn.Module<Tensor, Tensor> model, ImageData data, int batchSize, int seed) : IDisposable
{
    private readonly Adam optimizer = optim.Adam(model.parameters(), lr: 1e-3);
    private readonly DataLoader loader = utils.data.DataLoader(utils.data.TensorDataset(data.TrainImages, data.TrainLabels), batchSize,
        shuffle: true, seed: seed, disposeBatch: true);

    public EpochResult RunEpoch(int epoch)
    {
        model.train();
        long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        int collectionsBefore = GC.CollectionCount(0);
        var pauseBefore = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        double lossSum = 0;
        int steps = 0;
        foreach (var (images, labels) in loader)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var loss = nn.functional.cross_entropy(model.forward(images), labels);
            loss.backward();
            optimizer.step();
            lossSum += loss.item<float>();
            steps++;
        }
        double seconds = clock.Elapsed.TotalSeconds;
        double bytesPerStep = (double)(GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / steps;
        // A gen0 count includes the gen1 and gen2 collections (each collects the younger generations too).
        int collections = GC.CollectionCount(0) - collectionsBefore;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        return new EpochResult(epoch, seconds, lossSum / steps, Accuracy(), bytesPerStep, collections, pause);
    }

    /// <summary>The fraction of test images whose highest score is their label.</summary>
    private double Accuracy()
    {
        model.eval();
        using var _ = no_grad();
        long n = data.TestLabels.size(0), correct = 0;
        for (long start = 0; start < n; start += 1000)
        {
            using var scope = NewDisposeScope();
            long size = Math.Min(1000, n - start);
            var predicted = model.forward(data.TestImages.narrow(0, start, size)).argmax(1);
            correct += predicted.eq(data.TestLabels.narrow(0, start, size)).sum().item<long>();
        }
        return (double)correct / n;
    }

    public void Dispose() => loader.Dispose();
}
