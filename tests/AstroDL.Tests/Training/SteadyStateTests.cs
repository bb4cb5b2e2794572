using AstroDL.Backends.Cpu;
using AstroDL.Tests.Tensors;
using static AstroDL.torch;

namespace AstroDL.Tests.Training;

/// <summary>
/// A training loop as the course writes it (DataLoader with disposeBatch, a dispose scope per step, Adam): reusing
/// pooled memory must not change a single bit, nor must the thread count, and a step in steady state allocates
/// little. These change global settings, so nothing runs beside them.
/// </summary>
public class SteadyStateTests
{
    /// <summary>The parameters after some steps; the loss of each step is read, and some steps read a gradient as user code may.</summary>
    private static float[][] Train(int steps, long inputs = 784, long hidden = 128, int batch = 64)
    {
        manual_seed(7);
        var x = rand(steps * batch, inputs);
        var y = randint(0, 10, [steps * batch]);
        var model = nn.Sequential(nn.Linear(inputs, hidden), nn.ReLU(), nn.Linear(hidden, 10));
        var optimizer = optim.Adam(model.parameters(), lr: 1e-3);
        using var loader = utils.data.DataLoader(utils.data.TensorDataset(x, y), batch, shuffle: true, seed: 3, disposeBatch: true);
        int step = 0;
        foreach (var (images, labels) in loader)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var output = model.forward(images);
            var loss = nn.functional.cross_entropy(output, labels);
            loss.backward();
            if (step++ % 3 == 0) Assert.True(model.parameters().First().grad!.abs().sum().item<float>() >= 0);
            optimizer.step();
            Assert.True(float.IsFinite(loss.item<float>()));
            Assert.True(float.IsFinite(output.argmax(1).to_type(ScalarType.Float32).mean().item<float>()));
        }
        return model.parameters().Select(p => p.data<float>().ToArray()).ToArray();
    }

    private static T With<T>(int threads, bool poison, long capacity, Func<T> run)
    {
        var (savedThreads, savedPoison, savedCapacity) = (get_num_threads(), CpuBufferPool.Poison, CpuBufferPool.CapacityBytes);
        set_num_threads(threads);
        CpuBufferPool.Poison = poison;
        CpuBufferPool.CapacityBytes = capacity;
        CpuBufferPool.Clear();
        try
        {
            return run();
        }
        finally
        {
            set_num_threads(savedThreads);
            CpuBufferPool.Poison = savedPoison;
            CpuBufferPool.CapacityBytes = savedCapacity;
            CpuBufferPool.Clear();
        }
    }

    [Fact]
    public void ReusingPoisonedBuffersChangesNoBitOfTraining()
    {
        var withoutReuse = With(1, poison: false, capacity: 0, () => Train(12));
        var poisoned = With(1, poison: true, capacity: 1L << 30, () => Train(12));
        Assert.Equal(withoutReuse, poisoned);
    }

    [Fact]
    public void TwoThreadsTrainBitForBitLikeOne()
    {
        var one = With(1, poison: false, capacity: 1L << 30, () => Train(6));
        var two = With(2, poison: false, capacity: 1L << 30, () => Train(6));
        Assert.Equal(one, two);
    }

    [Fact]
    public void AStepInSteadyStateAllocatesNoTensorMemory()
    {
        // A batch of 64 images alone is 200 KB and the MLP's gradients 400 KB; the bound leaves room only for the small
        // objects that describe tensors and graph nodes (about 20 KB per step when this was written).
        const long bound = 100_000;
        long perStep = With(1, poison: false, capacity: 1L << 30, () =>
        {
            manual_seed(8);
            var x = rand(64, 784);
            var y = randint(0, 10, [64]);
            var model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10));
            var optimizer = optim.Adam(model.parameters(), lr: 1e-3);
            void Step()
            {
                using var scope = NewDisposeScope();
                optimizer.zero_grad();
                nn.functional.cross_entropy(model.forward(x), y).backward();
                optimizer.step();
            }
            for (int i = 0; i < 10; i++) Step();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 20; i++) Step();
            return (GC.GetAllocatedBytesForCurrentThread() - before) / 20;
        });
        Assert.True(perStep < bound, $"a training step allocated {perStep} bytes (bound {bound}).");
    }
}
