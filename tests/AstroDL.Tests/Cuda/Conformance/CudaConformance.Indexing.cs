using static AstroDL.torch;

namespace AstroDL.Tests.Cuda.Conformance;

internal static partial class CudaConformance
{
    private static IEnumerable<ConformanceCase> IndexingCases()
    {
        Tensor Index(long seed, long high, params long[] shape) => randint(high, shape, generator: new Generator((ulong)seed));
        yield return Binary("gather: along dim 1", () => Normal(90, 6, 8), () => Index(91, 8, 6, 3), (x, i) => x.gather(1, i));
        yield return Binary("gather: along dim 0 of a transposed view", () => Normal(92, 8, 6), () => Index(93, 6, 4, 8), (x, i) => x.t().gather(0, i));
        yield return Binary("gather: int64 values", () => Index(94, 100, 5, 7), () => Index(95, 7, 5, 2), (x, i) => x.gather(1, i));
        yield return Binary("scatter_add: repeated indices add up", () => Normal(96, 5, 30), () => Index(97, 4, 5, 30),
            (src, i) => zeros([5, 4], device: src.device).scatter_add(1, i, src), rtol: 1e-5, atol: 1e-5);
        yield return Binary("scatter_add: float64 and int64", () => Normal(98, 7, 9).to_type(ScalarType.Float64), () => Index(99, 3, 7, 9),
            (src, i) => zeros([3, 9], ScalarType.Float64, src.device).scatter_add(0, i, src)
                .add(zeros([3, 9], ScalarType.Int64, src.device).scatter_add(0, i, src.mul(10).to_type(ScalarType.Int64))), 1e-12, 1e-12);
        yield return Binary("index_select: rows, repeated", () => Normal(100, 10, 6), () => tensor(new long[] { 3, 3, 0, 9, 4 }), (x, i) => x.index_select(0, i));
        yield return Binary("index_select: columns of a transposed view", () => Normal(101, 10, 6), () => tensor(new long[] { 5, 1 }),
            (x, i) => x.t().index_select(1, i));
        yield return new("index_add: gradient of index_select (embedding backward)", () =>
        {
            var (x, i) = (Normal(102, 10, 6), tensor(new long[] { 3, 3, 0, 9, 4, 3 }));
            Tensor Grad(Tensor table, Tensor index)
            {
                var leaf = table.detach().requires_grad_();
                leaf.index_select(0, index).mul(leaf.index_select(0, index)).sum().backward();
                return leaf.grad!;
            }
            Expect.Close("index_add", Grad(x, i), Grad(x.cuda(), i.cuda()));
        });
        yield return new("index_add: backend op with a strided target", () =>
        {
            Tensor Run(Device d)
            {
                var y = Normal(103, 4, 9).to(d);
                var src = Normal(104, 4, 3).to(d);
                var index = tensor(new long[] { 8, 0, 8 }).to(d);
                var target = y.narrow(1, 0, 9);
                y.Backend.IndexAdd(src.View, 1, index.View, target.View);
                return y;
            }
            Expect.Close("index_add strided", Run(CPU), Run(CUDA));
        });
        yield return new("indexing: a bad index is reported at the next read, then the device works on", () =>
        {
            var x = Normal(105, 3, 4).cuda();
            var bad = tensor(new long[] { 0, 7 }).cuda();
            var error = Expect.Throws<IndexOutOfRangeException>("gather", () => x.index_select(1, bad).cpu());
            Expect.True(error.Message.StartsWith("index_select: index 7 is out of bounds for a dimension of size 4", StringComparison.Ordinal), error.Message);
            Expect.Close("after the error", Normal(105, 3, 4).sum(), x.sum());
        });
    }
}
