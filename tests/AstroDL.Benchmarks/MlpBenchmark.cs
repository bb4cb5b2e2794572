using System.Diagnostics;
using AstroDL.Backends.Cuda.Memory;
using static AstroDL.torch;

namespace AstroDL.Benchmarks;

/// <summary>
/// The course's MNIST-sized model, 784-128-10 with ReLU, trained with Adam (lr 1e-3) in batches of 64 on 60,000
/// synthetic samples (labels from a fixed random linear teacher, so the loss falls). Batches come from a shuffling
/// DataLoader on the host and are moved to the device each step, as in the notebooks. Prints seconds per epoch and
/// torch.cuda.memory_allocated after each epoch (flat from epoch to epoch means nothing leaks).
/// </summary>
internal static class MlpBenchmark
{
    private const int Samples = 60_000;
    private const int BatchSize = 64;

    /// <param name="args">The device ("cuda", the default, or "cpu") and the number of epochs (3).</param>
    public static int Run(string[] args)
    {
        var device = new Device(args.ElementAtOrDefault(0) ?? "cuda");
        if (device.type == DeviceType.CUDA && !cuda.is_available())
        {
            Console.WriteLine(Backends.Cuda.CudaProbe.Run());
            return 2;
        }
        int epochs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        manual_seed(0);
        var inputs = randn(Samples, 784);
        var teacher = randn(784, 10);
        var labels = inputs.matmul(teacher).argmax(1);
        var loader = utils.data.DataLoader(utils.data.TensorDataset(inputs, labels), BatchSize, shuffle: true, device: device);

        var model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10)).to(device);
        var optimizer = optim.Adam(model.parameters(), lr: 1e-3);
        var onGpu = device.type == DeviceType.CUDA;
        Console.WriteLine($"784-128-10 MLP, Adam, batch {BatchSize}, {Samples} samples, on {(onGpu ? $"{device} ({cuda.get_device_name(0)})" : "the CPU")}");
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            float loss = 0;
            int steps = 0;
            foreach (var (x, y) in loader)
            {
                // The scope frees each step's temporaries (batch, activations, gradients' intermediates) when it ends.
                using var scope = NewDisposeScope();
                optimizer.zero_grad();
                var output = nn.functional.cross_entropy(model.forward(x), y);
                output.backward();
                optimizer.step();
                if (++steps % 100 == 0 || steps == loader.Count) loss = output.item<float>();
                // The batch was made before the scope began; its device copies go back now rather than at the next collection.
                x.Dispose();
                y.Dispose();
            }
            if (onGpu) cuda.synchronize();
            var seconds = watch.Elapsed.TotalSeconds;
            var memory = onGpu
                ? $", memory_allocated {CachingAllocator.Bytes(cuda.memory_allocated())}, memory_reserved {CachingAllocator.Bytes(cuda.memory_reserved())}"
                : "";
            Console.WriteLine($"epoch {epoch}: {seconds:F2} s ({steps} steps, {seconds * 1000 / steps:F2} ms/step), loss {loss:F4}{memory}");
        }
        return 0;
    }
}
