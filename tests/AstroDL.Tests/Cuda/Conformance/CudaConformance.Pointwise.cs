using static AstroDL.torch;

namespace AstroDL.Tests.Cuda.Conformance;

internal static partial class CudaConformance
{
    private static ScalarType[] AllTypes => [ScalarType.Float32, ScalarType.Float64, ScalarType.Int64, ScalarType.Bool];

    private static IEnumerable<ConformanceCase> CopyCases()
    {
        foreach (var from in AllTypes)
        {
            foreach (var to in AllTypes)
            {
                // Special values include NaN and ±3e30, so float-to-integer saturation and NaN handling are compared too.
                yield return Unary($"copy: {from} to {to} (transposed view)", () => Special().to_type(from),
                    x => x.t().to_type(to).contiguous());
            }
        }
        yield return Unary("copy: contiguous() of a stepped slice", () => Normal(1, 6, 8), x => x.narrow(1, 1, 5).t().contiguous());
        yield return Unary("copy: broadcast expand materialised", () => Normal(2, 3, 1), x => x.expand([3, 4]).contiguous());
        yield return Unary("copy_: into a transposed destination", () => Normal(3, 4, 5), x =>
        {
            var y = zeros([5, 4], device: x.device);
            y.t().copy_(x);
            return y;
        });
        foreach (var type in AllTypes)
            yield return new($"fill: {type} full, and fill_ of a strided view", () =>
            {
                Tensor Make(Device d)
                {
                    var t = full([3, 5], 2.5, type, d);
                    t.narrow(1, 1, 3).fill_(-7.25);
                    return t;
                }
                Expect.Close($"fill {type}", Make(CPU), Make(CUDA));
            });
        yield return new("fill: an empty tensor", () => Expect.Close("empty", zeros([0, 3]), zeros([0, 3], device: CUDA)));
    }

    private static IEnumerable<ConformanceCase> UnaryCases()
    {
        Tensor Positive() => Normal(4, 7, 9).abs().add(0.1);
        // Inside (−1, 1), the domain of asin, acos and atanh (and away from tan's poles).
        Tensor Unit() => Normal(16, 7, 9).tanh().mul(0.95);
        var ops = new (string Name, Func<Tensor, Tensor> Op, Func<Tensor> Input)[]
        {
            ("neg", x => x.neg(), Special), ("abs", x => x.abs(), Special), ("sign", x => x.sign(), Special),
            ("square", x => x.square(), () => Normal(5, 7, 9)), ("sqrt", x => x.sqrt(), Positive), ("rsqrt", x => x.rsqrt(), Positive),
            ("reciprocal", x => x.reciprocal(), Special), ("exp", x => x.exp(), () => Normal(6, 7, 9)), ("expm1", x => x.expm1(), () => Normal(7, 7, 9)),
            ("log", x => x.log(), Positive), ("log1p", x => x.log1p(), Positive), ("sin", x => x.sin(), () => Normal(8, 7, 9)),
            ("cos", x => x.cos(), () => Normal(9, 7, 9)), ("tanh", x => x.tanh(), Special), ("sigmoid", x => x.sigmoid(), Special),
            ("floor", x => x.floor(), Special), ("ceil", x => x.ceil(), Special), ("round (halves to even)", x => x.round(), Special),
            ("relu (NaN passes)", x => x.relu(), Special), ("leaky_relu", x => x.leaky_relu(0.1), () => Normal(10, 7, 9)),
            ("elu", x => x.elu(), () => Normal(11, 7, 9)), ("softplus", x => x.softplus(2, 5), () => Normal(12, 7, 9).mul(4)),
            ("affine (x * 3 - 1)", x => x.mul(3).sub(1), () => Normal(13, 7, 9)), ("pow scalar", x => x.pow(1.7), Positive),
            ("clamp", x => x.clamp(-0.5, 0.75), Special), ("clamp_min only", x => x.clamp_min(0.2), Special),
            ("tan", x => x.tan(), Unit), ("asin", x => x.asin(), Unit), ("acos", x => x.acos(), Unit), ("atan", x => x.atan(), Special),
            ("sinh", x => x.sinh(), () => Normal(14, 7, 9)), ("cosh", x => x.cosh(), () => Normal(15, 7, 9)),
            ("asinh", x => x.asinh(), Special), ("acosh", x => x.acosh(), () => Positive().add(1)), ("atanh", x => x.atanh(), Unit),
        };
        foreach (var (name, op, input) in ops)
        {
            yield return Unary($"unary: {name}", input, op);
            yield return Unary($"unary: {name} of a transposed float64 view", () => input().to_type(ScalarType.Float64), x => op(x.t()), rtol: 1e-12, atol: 1e-14);
        }
        Tensor Integers() => tensor(new long[] { -7, 0, 3, 12, -1, 5 }, [2, 3]);
        var integerOps = new (string Name, Func<Tensor, Tensor> Op)[]
        {
            ("neg", x => x.neg()), ("abs", x => x.abs()), ("sign", x => x.sign()), ("square", x => x.square()),
            ("relu", x => x.relu()), ("affine", x => x.mul(3).add(2)), ("clamp", x => x.clamp(-1, 4)), ("clamp_max", x => x.clamp_max(2)),
        };
        foreach (var (name, op) in integerOps) yield return Unary($"unary: int64 {name}", Integers, x => op(x.t()));
        yield return new("unary: a float-only op on int64 is refused as on the CPU", () =>
        {
            var cpu = Expect.Throws<NotSupportedException>("cpu", () => AstroDL.Backends.Cpu.CpuBackend.Instance.Unary(AstroDL.Backends.UnaryOp.Exp,
                tensor(new long[] { 1 }).View, tensor(new long[] { 1 }).View));
            var gpu = Expect.Throws<NotSupportedException>("cuda", () =>
            {
                var t = tensor(new long[] { 1 }).cuda();
                t.Backend.Unary(AstroDL.Backends.UnaryOp.Exp, t.View, t.View);
            });
            Expect.True(cpu.Message == gpu.Message, $"messages differ: '{gpu.Message}' against '{cpu.Message}'");
        });
    }

    private static IEnumerable<ConformanceCase> BinaryCases()
    {
        Tensor A() => Normal(20, 4, 1, 5);
        Tensor B() => Normal(21, 3, 1).add(2);
        var ops = new (string Name, Func<Tensor, Tensor, Tensor> Op)[]
        {
            ("add", (a, b) => a.add(b)), ("sub", (a, b) => a.sub(b)), ("mul", (a, b) => a.mul(b)), ("div", (a, b) => a.div(b)),
            ("pow", (a, b) => a.abs().pow(b)), ("maximum", (a, b) => a.maximum(b)), ("minimum", (a, b) => a.minimum(b)),
            ("atan2", (a, b) => a.atan2(b)), ("add with alpha", (a, b) => a.add(b, 0.5)),
        };
        foreach (var (name, op) in ops)
        {
            yield return Binary($"binary: {name} with broadcasting [4,1,5] and [3,1]", A, B, op);
            yield return Binary($"binary: {name} in float64 with a transposed operand", () => Normal(22, 5, 4).to_type(ScalarType.Float64),
                () => Normal(23, 4, 5).to_type(ScalarType.Float64), (a, b) => op(a, b.t()), rtol: 1e-12, atol: 1e-14);
        }
        yield return Binary("binary: maximum and minimum propagate NaN", Special, () => Special().reshape(4, 3).t(), (a, b) => a.maximum(b).add(a.minimum(b)));
        yield return Gradients("binary: relu backward (NaN and zero inputs pass no gradient)", () => [Special()], t => t[0].relu(), 0, 0);
        yield return Gradients("binary: relu backward of a transposed float64 view", () => [Normal(24, 5, 4).to_type(ScalarType.Float64)],
            t => t[0].t().relu(), 0, 0);
        Tensor I() => tensor(new long[] { 3, -4, 7, 0, 2, 9 }, [2, 3]);
        yield return Binary("binary: int64 add, mul, sub broadcast", I, () => tensor(new long[] { 2, -1, 5 }), (a, b) => a.add(b).mul(b).sub(a));
        yield return Binary("binary: int64 true division gives float32", I, () => tensor(new long[] { 2, -1, 5 }), (a, b) => a.div(b));

        var compares = new (string Name, Func<Tensor, Tensor, Tensor> Op)[]
        {
            ("eq", (a, b) => a.eq(b)), ("ne", (a, b) => a.ne(b)), ("lt", (a, b) => a.lt(b)),
            ("le", (a, b) => a.le(b)), ("gt", (a, b) => a.gt(b)), ("ge", (a, b) => a.ge(b)),
        };
        foreach (var (name, op) in compares)
        {
            yield return Binary($"compare: {name} with NaN and infinities", Special, () => Special().reshape(4, 3).t(), op);
            yield return Binary($"compare: int64 {name} broadcast", I, () => tensor(new long[] { 3, 0, 9 }), op);
        }
        Tensor Mask(long seed) => Normal(seed, 4, 6).gt(0);
        yield return Binary("logical: and", () => Mask(30), () => Mask(31), (a, b) => a.logical_and(b));
        yield return Binary("logical: or of a transposed view", () => Mask(32), () => Mask(33).t(), (a, b) => a.logical_or(b.t()));
        yield return Binary("logical: xor and not", () => Mask(34), () => Mask(35), (a, b) => a.logical_xor(b).logical_not());
        yield return new("where: broadcast condition, float and int64", () =>
        {
            var (c, a, b) = (Mask(36).narrow(0, 0, 1), Normal(37, 4, 6), Normal(38, 6));
            Expect.Close("where float", where(c, a, b), where(c.cuda(), a.cuda(), b.cuda()));
            var (ia, ib) = (a.mul(10).to_type(ScalarType.Int64), b.mul(10).to_type(ScalarType.Int64));
            Expect.Close("where int64", where(c, ia, ib), where(c.cuda(), ia.cuda(), ib.cuda()));
        });
        yield return Unary("where: masked_fill", () => Normal(39, 5, 5), x => x.masked_fill(x.gt(0.3), -1));
    }
}
