using static AstroDL.torch;

namespace AstroDL.Tests.Cuda.Conformance;

internal static partial class CudaConformance
{
    private static IEnumerable<ConformanceCase> ConvolutionCases()
    {
        const double Rtol = 1e-4, Atol = 1e-4;
        Tensor Image() => Normal(120, 4, 6, 13, 11);
        yield return Binary("conv: conv2d 3x3 with padding (im2col, GEMM)", Image, () => Normal(121, 8, 6, 3, 3),
            (x, w) => nn.functional.conv2d(x, w, padding: [1]), Rtol, Atol);
        yield return Binary("conv: conv2d with strides, dilation and groups (GEMM into strided outputs)", Image, () => Normal(122, 9, 2, 3, 2),
            (x, w) => nn.functional.conv2d(x, w, strides: [2, 3], padding: [1, 0], dilation: [2, 1], groups: 3), Rtol, Atol);
        yield return Binary("conv: conv1d with padding", () => Normal(123, 3, 4, 50), () => Normal(124, 5, 4, 7),
            (x, w) => nn.functional.conv1d(x, w, padding: 3), Rtol, Atol);
        yield return Binary("conv: conv2d with same padding of an even kernel (asymmetric)", Image, () => Normal(125, 4, 6, 4, 2),
            (x, w) => nn.functional.conv2d_padding(x, w, padding: Padding.Same), Rtol, Atol);
        yield return Binary("conv: conv_transpose2d with stride 2 (GEMM, col2im)", () => Normal(126, 2, 6, 5, 7), () => Normal(127, 6, 4, 3, 3),
            (x, w) => nn.functional.conv_transpose2d(x, w, strides: [2], padding: [1]), Rtol, Atol);
        yield return Binary("conv: float64", () => Image().to_type(ScalarType.Float64), () => Normal(128, 8, 3, 3, 3).to_type(ScalarType.Float64),
            (x, w) => nn.functional.conv2d(x, w, strides: [2], padding: [1], groups: 2), 1e-12, 1e-12);
        yield return Gradients("conv: conv2d gradients (col2im input gradient, grouped weight gradient)",
            () => [Image(), Normal(129, 9, 2, 3, 3), Normal(130, 9)], t => nn.functional.conv2d(t[0], t[1], t[2], strides: [2], padding: [1], groups: 3),
            Rtol, Atol);
        yield return Gradients("conv: conv_transpose2d gradients", () => [Normal(131, 2, 6, 5, 7), Normal(132, 6, 4, 3, 3)],
            t => nn.functional.conv_transpose2d(t[0], t[1], strides: [2], padding: [1]), Rtol, Atol);
        yield return Gradients("conv: float64 conv1d gradients with dilation",
            () => [Normal(133, 3, 4, 40).to_type(ScalarType.Float64), Normal(134, 5, 4, 3).to_type(ScalarType.Float64)],
            t => nn.functional.conv1d(t[0], t[1], padding: 2, dilation: 2), 1e-12, 1e-12);
        yield return Gradients("conv: an empty batch gives an empty output and a zero weight gradient",
            () => [zeros([0, 6, 13, 11]), Normal(135, 8, 6, 3, 3)], t => nn.functional.conv2d(t[0], t[1], padding: [1]), Rtol, Atol);
    }

    private static IEnumerable<ConformanceCase> PoolingCases()
    {
        const double Rtol = 1e-5, Atol = 1e-6;
        // Small integers, so windows hold ties, with a NaN every 37 elements.
        Tensor Ties(params long[] shape) =>
            tensor(Enumerable.Range(0, (int)shape.Aggregate(1L, (a, b) => a * b)).Select(i => i % 37 == 5 ? float.NaN : i * 7 % 5).ToArray(), shape);
        Tensor Image() => Normal(140, 3, 4, 13, 11);
        yield return MaxPool("pool: max_pool2d 2x2 with ties and NaN", () => Ties(3, 4, 12, 10), x => nn.functional.max_pool2d_with_indices(x, [2]));
        yield return MaxPool("pool: max_pool2d 3x3, stride 2, padding 1, ceil mode", () => Ties(2, 3, 13, 11),
            x => nn.functional.max_pool2d_with_indices(x, [3], [2], [1], ceil_mode: true));
        yield return MaxPool("pool: max_pool2d with dilation", Image, x => nn.functional.max_pool2d_with_indices(x, [3, 2], [1, 2], [1, 1], [2, 3]));
        yield return MaxPool("pool: max_pool1d, float64", () => Normal(141, 2, 3, 50).to_type(ScalarType.Float64),
            x => nn.functional.max_pool1d_with_indices(x, 4, 3, 2));
        yield return Gradients("pool: max_pool2d gradient, windows apart (one add per element)", () => [Image()],
            t => nn.functional.max_pool2d(t[0], [2]), 0, 0);
        yield return Gradients("pool: max_pool2d gradient, overlapping windows (atomic adds)", () => [Image().mul(2).round()],
            t => nn.functional.max_pool2d(t[0], [3], [1], [1]), Rtol, Atol);
        foreach (var includePad in new[] { true, false })
        {
            yield return Unary($"pool: avg_pool2d 3x3, stride 2, padding 1, ceil mode, count_include_pad {includePad}", Image,
                x => nn.functional.avg_pool2d(x, [3], [2], [1], ceil_mode: true, count_include_pad: includePad), Rtol, Atol);
            yield return Gradients($"pool: avg_pool2d gradient, count_include_pad {includePad}", () => [Image()],
                t => nn.functional.avg_pool2d(t[0], [3, 2], [2, 1], [1, 1], ceil_mode: true, count_include_pad: includePad), Rtol, Atol);
        }
        yield return Unary("pool: avg_pool2d with divisor_override", Image, x => nn.functional.avg_pool2d(x, [2], padding: [1], divisor_override: 3),
            Rtol, Atol);
        yield return Gradients("pool: avg_pool1d gradient, float64", () => [Normal(142, 2, 3, 50).to_type(ScalarType.Float64)],
            t => nn.functional.avg_pool1d(t[0], 5, 2, 2), 1e-12, 1e-12);
        yield return Unary("pool: an empty batch", () => zeros([0, 3, 8, 8]),
            x => nn.functional.max_pool2d(x, [2]).add(nn.functional.avg_pool2d(x, [2])));
    }

    /// <summary>Max pooling on both devices: values and indices must be identical (it only selects elements).</summary>
    private static ConformanceCase MaxPool(string name, Func<Tensor> input, Func<Tensor, (Tensor Output, Tensor Indices)> pool) =>
        new(name, () =>
        {
            var x = input();
            var (cpu, gpu) = (pool(x), pool(x.cuda()));
            Expect.Identical(name + ", values", cpu.Output, gpu.Output);
            Expect.Identical(name + ", indices", cpu.Indices, gpu.Indices);
        });

    private static IEnumerable<ConformanceCase> TrainingCases()
    {
        yield return new("training: a small CNN (Conv2d, MaxPool2d, Linear) follows the CPU through Adam steps", () =>
        {
            List<Tensor> Losses(Device device)
            {
                manual_seed(6);
                var model = nn.Sequential(
                    nn.Conv2d(1, 8, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
                    nn.Conv2d(8, 16, 3, padding: 1, groups: 2), nn.ReLU(), nn.MaxPool2d(2),
                    nn.Flatten(), nn.Linear(16 * 7 * 7, 10)).to(device);
                var optimizer = optim.Adam(model.parameters(), lr: 1e-3);
                var x = Normal(143, 32, 1, 28, 28).to(device);
                var y = randint(10, [32], generator: new Generator(144)).to(device);
                var losses = new List<Tensor>();
                for (int step = 0; step < 5; step++)
                {
                    optimizer.zero_grad();
                    var loss = nn.functional.cross_entropy(model.forward(x), y);
                    loss.backward();
                    optimizer.step();
                    losses.Add(loss.detach());
                }
                return losses;
            }
            foreach (var (step, (cpu, gpu)) in Losses(CPU).Zip(Losses(CUDA)).Index())
                Expect.Close($"loss at step {step}", cpu, gpu, rtol: 1e-3, atol: 1e-4);
        });
    }
}
