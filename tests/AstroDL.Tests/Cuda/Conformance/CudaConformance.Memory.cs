using System.Runtime.CompilerServices;
using AstroDL.Backends.Cuda;
using AstroDL.Backends.Cuda.Kernels;
using static AstroDL.torch;

namespace AstroDL.Tests.Cuda.Conformance;

internal static partial class CudaConformance
{
    private const long Mebibyte = 1 << 20;

    private static IEnumerable<ConformanceCase> MemoryCases()
    {
        yield return new("memory: Dispose returns a tensor's memory at once", () =>
        {
            long before = cuda.memory_allocated();
            var t = zeros([Mebibyte], device: CUDA);
            Expect.True(cuda.memory_allocated() == before + 4 * Mebibyte, $"allocated {cuda.memory_allocated() - before} bytes for 4 MiB");
            var view = t.narrow(0, 0, 10);
            t.Dispose();
            Expect.True(cuda.memory_allocated() == before + 4 * Mebibyte, "memory was freed while a view still used it");
            view.Dispose();
            Expect.True(cuda.memory_allocated() == before, $"{cuda.memory_allocated() - before} bytes still allocated after Dispose");
        });
        yield return new("memory: a dispose scope frees the step's temporaries", () =>
        {
            long before = cuda.memory_allocated();
            Tensor kept;
            using (NewDisposeScope())
            {
                var x = randn([256, 256], device: CUDA);
                kept = x.matmul(x).relu().sum().MoveToOuterDisposeScope();
            }
            Expect.True(cuda.memory_allocated() == before + 512, $"{cuda.memory_allocated() - before} bytes held, expected the kept scalar's 512");
            kept.Dispose();
        });
        yield return new("memory: dropped tensors come back through their finalizers", () =>
        {
            long before = cuda.memory_allocated();
            DropTensors();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Expect.True(cuda.memory_allocated() == before, $"{cuda.memory_allocated() - before} bytes still allocated after collection");
        });
        yield return new("memory: empty_cache gives cached blocks back", () =>
        {
            zeros([8 * Mebibyte], device: CUDA).Dispose();
            Expect.True(cuda.memory_reserved() >= cuda.memory_allocated() + 32 * Mebibyte, "a freed block was not cached");
            cuda.empty_cache();
            Expect.True(cuda.memory_reserved() == cuda.memory_allocated(), "empty_cache left cached blocks");
            Expect.True(cuda.max_memory_allocated() >= 32 * Mebibyte, "the peak did not count the 32 MiB tensor");
        });
        yield return new("memory: out of memory is an error with the figures, and the device stays usable", () =>
        {
            long total = CudaBackend.For(0).Gpu.Properties.TotalMemory;
            var error = Expect.Throws<CudaOutOfMemoryException>("huge", () => empty([total / 2], ScalarType.Float64, CUDA));
            Expect.True(error.RequestedBytes == total / 2 * 8 && error.Message.Contains("tried to allocate"), error.Message);
            Expect.Close("after OOM", ones(3).mul(2), ones([3], device: CUDA).mul(2));
        });
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropTensors()
    {
        for (int i = 0; i < 10; i++) _ = randn([Mebibyte], device: CUDA).mul(2);
    }

    private static IEnumerable<ConformanceCase> DeviceCases()
    {
        yield return new("device: cuda() and cpu() round trip, item and ToString read the GPU", () =>
        {
            var x = Normal(110, 3, 4);
            var g = x.cuda();
            Expect.True(g.device.ToString() == "cuda:0", $"device is {g.device}");
            Expect.Identical("round trip", x, g.cpu().cuda());
            Expect.True(g.sum().item<float>() == g.cpu().sum().item<float>(), "item differs from the copied value");
            var (cpuText, gpuText) = (x.ToString().Split(Environment.NewLine), g.ToString().Split(Environment.NewLine));
            Expect.True(gpuText[0].EndsWith("device = cuda:0", StringComparison.Ordinal) && gpuText[1..].SequenceEqual(cpuText[1..]),
                $"ToString on the GPU:\n{g}\non the CPU:\n{x}");
            Expect.Identical("to(device)", x, x.to(new Device("cuda:0")));
        });
        yield return new("device: an op mixing devices is refused", () =>
        {
            var error = Expect.Throws<ArgumentException>("mixed", () => ones(3).add(ones([3], device: CUDA)));
            Expect.True(error.Message.Contains("different devices"), error.Message);
        });
        yield return new("device: a model moved with to(CUDA) computes what it computes on the CPU, gradients too", () =>
        {
            manual_seed(3);
            var cpuModel = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 5));
            manual_seed(3);
            var gpuModel = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 5)).to(CUDA);
            Expect.True(gpuModel.parameters().All(p => p.device.type == DeviceType.CUDA), "a parameter stayed on the CPU");
            var (x, y) = (Normal(111, 8, 20), tensor(new long[] { 0, 1, 2, 3, 4, 0, 1, 2 }));
            nn.functional.cross_entropy(cpuModel.forward(x), y).backward();
            nn.functional.cross_entropy(gpuModel.forward(x.cuda()), y.cuda()).backward();
            foreach (var (c, g) in cpuModel.parameters().Zip(gpuModel.parameters()))
                Expect.Close("gradient", c.grad!, g.grad!, rtol: 1e-4, atol: 1e-6);
        });
        yield return new("device: Adam training steps follow the CPU", () =>
        {
            Tensor Train(Device device)
            {
                manual_seed(4);
                var model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10)).to(device);
                var optimizer = optim.Adam(model.parameters(), lr: 1e-3);
                var x = Normal(112, 64, 784).to(device);
                var y = randint(10, [64], generator: new Generator(113)).to(device);
                for (int step = 0; step < 5; step++)
                {
                    optimizer.zero_grad();
                    nn.functional.cross_entropy(model.forward(x), y).backward();
                    optimizer.step();
                }
                return model.forward(x);
            }
            Expect.Close("logits after 5 steps", Train(CPU), Train(CUDA), rtol: 1e-3, atol: 1e-4);
        });
        yield return new("device: launch blocking (debug mode) runs and checks every launch", () =>
        {
            bool was = cuda.is_launch_blocking();
            cuda.set_launch_blocking(true);
            try
            {
                Expect.Close("debug", Normal(114, 50).exp().sum(), Normal(114, 50).cuda().exp().sum(), atol: 1e-5);
            }
            finally
            {
                cuda.set_launch_blocking(was);
            }
        });
        yield return new("device: the probe finds everything and every kernel family compiles", () =>
        {
            var report = CudaProbe.Run(compileKernels: true);
            Expect.True(report.IsAvailable && report.Problems.Count == 0, report.ToString());
            Expect.True(report.Lines.Count(l => l.Contains("compiled '", StringComparison.Ordinal)) == KernelFamilies.All.Count && !report.ToString().Contains("FAILED"), report.ToString());
        });
    }
}
