using static AstroDL.torch;

namespace AstroDL.Tests.Cuda.Conformance;

internal static partial class CudaConformance
{
    private static IEnumerable<ConformanceCase> ReduceCases()
    {
        Tensor X() => Normal(40, 6, 7, 300);
        var axes = new long[][] { [0], [1], [2], [0, 2], [0, 1, 2] };
        foreach (var dims in axes)
        {
            var label = string.Join(",", dims);
            yield return Unary($"reduce: sum over ({label})", X, x => x.sum(dims), rtol: 1e-5, atol: 1e-4);
            yield return Unary($"reduce: mean over ({label}) of a permuted view", X, x => x.permute([2, 0, 1]).mean(dims), rtol: 1e-5, atol: 1e-5);
            yield return Unary($"reduce: amax over ({label})", X, x => x.amax(dims));
            yield return Unary($"reduce: amin over ({label}), keepdim", X, x => x.amin(dims, keepdim: true));
            yield return Unary($"reduce: float64 sum over ({label})", () => X().to_type(ScalarType.Float64), x => x.sum(dims), rtol: 1e-12, atol: 1e-11);
        }
        yield return Unary("reduce: prod over a row of small values", () => Normal(41, 5, 8).mul(0.3).add(1), x => x.prod([1]));
        yield return Unary("reduce: max and min of everything with NaN", Special, x => x.max().add(x.min()));
        yield return Unary("reduce: int64 sum and max", () => Normal(42, 30, 9).mul(100).to_type(ScalarType.Int64), x => x.sum([0]).add(x.amax([0])));
        yield return Unary("reduce: sum of a large vector (block tree)", () => Normal(43, 1 << 20), x => x.sum(), rtol: 1e-4, atol: 1e-2);
        yield return Unary("reduce: var and std", X, x => x.var([2]).add(x.std([2])), rtol: 1e-4, atol: 1e-5);
        yield return Unary("reduce: over an empty axis gives the identity", () => zeros([4, 0]), x => x.sum([1]));

        // Ties and NaN: the CPU takes the first maximum and the first NaN.
        Tensor Ties() => tensor(new[] { 1f, 3f, 3f, 2f, 5f, float.NaN, 5f, float.NaN, -1f, -1f, -1f, -1f }, [3, 4]);
        yield return Unary("arg-reduce: argmax with ties and NaN", Ties, x => x.argmax(1));
        yield return Unary("arg-reduce: argmin with ties and NaN", Ties, x => x.min(1).indexes);
        yield return Unary("arg-reduce: max values along dim 0 of a transposed view", X, x => x.transpose(0, 2).max(0).values);
        yield return Unary("arg-reduce: argmax over 1000 classes", () => Normal(44, 64, 1000), x => x.argmax(1));
        yield return Unary("arg-reduce: argmax of everything", () => Normal(45, 100_000), x => x.argmax());
        yield return Unary("arg-reduce: int64 argmin", () => Normal(46, 20, 33).mul(50).to_type(ScalarType.Int64), x => x.argmin(0));
    }

    private static IEnumerable<ConformanceCase> SoftmaxCases()
    {
        foreach (var (name, log) in new[] { ("softmax", false), ("log_softmax", true) })
        {
            Tensor Apply(Tensor x, long dim) => log ? x.log_softmax(dim) : x.softmax(dim);
            yield return Unary($"softmax: {name} over the last dim", () => Normal(50, 64, 10).mul(5), x => Apply(x, 1));
            yield return Unary($"softmax: {name} over a 5000-wide row", () => Normal(51, 3, 5000).mul(5), x => Apply(x, 1), atol: 1e-6);
            yield return Unary($"softmax: {name} over dim 0 (a transposed input)", () => Normal(52, 10, 7), x => Apply(x, 0));
            yield return Unary($"softmax: {name} in float64", () => Normal(53, 8, 9).to_type(ScalarType.Float64), x => Apply(x, 1), rtol: 1e-12, atol: 1e-14);
            yield return Unary($"softmax: {name} with infinities", () => tensor(new[] { float.NegativeInfinity, 1f, 2f, float.PositiveInfinity, 0f, 0f }, [2, 3]),
                x => Apply(x, 1));
        }
        yield return Binary("softmax: cross_entropy", () => Normal(54, 64, 10), () => tensor(Enumerable.Range(0, 64).Select(i => (long)(i * 7 % 10)).ToArray()),
            (x, y) => nn.functional.cross_entropy(x, y));

        // The fused cross-entropy: loss and gradient, with every fourth row ignored.
        Tensor Labels(long rows, long classes) => tensor(Enumerable.Range(0, (int)rows).Select(i => i % 4 == 1 ? -100L : i * 7 % classes).ToArray());
        var shapes = new (long Rows, long Classes, ScalarType Type)[] { (64, 10, ScalarType.Float32), (5, 1000, ScalarType.Float32), (33, 7, ScalarType.Float64) };
        foreach (var reduction in new[] { nn.Reduction.None, nn.Reduction.Sum, nn.Reduction.Mean })
        {
            foreach (var (rows, classes, type) in shapes)
            {
                yield return new($"cross_entropy: {reduction} over [{rows}, {classes}] {type}, loss and gradient", () =>
                {
                    (Tensor Loss, Tensor Gradient) Run(Device device)
                    {
                        var x = Normal(55, rows, classes).mul(3).to_type(type).to(device).requires_grad_();
                        var loss = nn.functional.cross_entropy(x, Labels(rows, classes).to(device), reduction: reduction);
                        (reduction == nn.Reduction.None ? loss.mul(Normal(56, rows).to_type(type).to(device)).sum() : loss).backward();
                        return (loss.detach(), x.grad!);
                    }
                    var (cpu, gpu) = (Run(CPU), Run(CUDA));
                    double rtol = type == ScalarType.Float64 ? 1e-12 : 1e-5, atol = type == ScalarType.Float64 ? 1e-13 : 1e-6;
                    Expect.Close("loss", cpu.Loss, gpu.Loss, rtol, atol);
                    Expect.Close("gradient", cpu.Gradient, gpu.Gradient, rtol, atol);
                });
            }
        }
        yield return Binary("cross_entropy: every row ignored gives NaN for the mean", () => Normal(57, 4, 3), () => full([4], -100L, ScalarType.Int64),
            (x, y) => nn.functional.cross_entropy(x, y));
        yield return new("cross_entropy: a target out of range is reported at the next read, and the device stays usable", () =>
        {
            var (x, y) = (Normal(58, 4, 3).cuda(), tensor(new long[] { 0, 3, 1, 2 }).cuda());
            var error = Expect.Throws<IndexOutOfRangeException>("bad target", () => nn.functional.cross_entropy(x, y).item<float>());
            Expect.True(error.Message.Contains("cross_entropy target: index 3", StringComparison.Ordinal), error.Message);
            Expect.Close("after the error", ones(3).mul(2), ones([3], device: CUDA).mul(2));
        });
    }

    private static IEnumerable<ConformanceCase> MatMulCases()
    {
        const double Rtol = 1e-4, Atol = 1e-4;
        yield return Binary("matmul: [64,784] x [784,128]", () => Normal(60, 64, 784), () => Normal(61, 784, 128), (a, b) => a.matmul(b), Rtol, Atol);
        yield return Binary("matmul: x . W^T (transposed view, as in Linear)", () => Normal(62, 64, 784), () => Normal(63, 128, 784),
            (a, w) => a.matmul(w.t()), Rtol, Atol);
        yield return Binary("matmul: A^T . B (weight gradient)", () => Normal(64, 64, 784), () => Normal(65, 64, 128), (a, b) => a.t().matmul(b), Rtol, Atol);
        yield return Binary("matmul: both transposed", () => Normal(66, 30, 20), () => Normal(67, 40, 30), (a, b) => a.t().matmul(b.t()), Rtol, Atol);
        yield return Binary("matmul: batched with a broadcast batch", () => Normal(68, 5, 1, 6, 7), () => Normal(69, 3, 7, 4), (a, b) => a.matmul(b), Rtol, Atol);
        yield return Binary("matmul: stepped slices (copied to contiguous)", () => Normal(70, 12, 9), () => Normal(71, 10, 16),
            (a, b) => a.narrow(0, 1, 5).t().narrow(0, 0, 8).t().matmul(b.narrow(0, 2, 8).narrow(1, 3, 7)), Rtol, Atol);
        yield return Binary("matmul: vector cases", () => Normal(72, 9), () => Normal(73, 9, 4), (v, m) => v.matmul(m).add(m.t().matmul(v).sum()), Rtol, Atol);
        yield return Binary("matmul: dot product", () => Normal(74, 1000), () => Normal(75, 1000), (a, b) => a.dot(b), Rtol, 1e-3);
        yield return Binary("matmul: float64", () => Normal(76, 33, 65).to_type(ScalarType.Float64), () => Normal(77, 65, 17).to_type(ScalarType.Float64),
            (a, b) => a.matmul(b), 1e-12, 1e-12);
        yield return Binary("matmul: int64 (own kernel)", () => Normal(78, 6, 5).mul(10).to_type(ScalarType.Int64),
            () => Normal(79, 4, 5).mul(10).to_type(ScalarType.Int64), (a, b) => a.matmul(b.t()));
        yield return Binary("matmul: inner size zero gives zeros", () => zeros([3, 0]), () => zeros([0, 4]), (a, b) => a.matmul(b));
        yield return new("matmul: TF32 when allowed, within TF32 precision", () =>
        {
            var (a, b) = (Normal(80, 256, 512), Normal(81, 512, 256));
            backends.cuda.matmul.allow_tf32 = true;
            try
            {
                Expect.Close("tf32", a.matmul(b), a.cuda().matmul(b.cuda()), rtol: 1e-2, atol: 0.2);
            }
            finally
            {
                backends.cuda.matmul.allow_tf32 = false;
            }
        });
    }
}
