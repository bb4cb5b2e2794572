using static AstroDL.torch;

namespace AstroDL.Tests.Autograd;

/// <summary>Central-difference checks (float64) of every differentiable op, including broadcast and non-contiguous operands.</summary>
public class OpGradientTests
{
    /// <summary>A function of the inputs and how to make each input (from a generator, so every case is reproducible).</summary>
    public sealed record Case(Func<Tensor[], Tensor> Fn, Func<Generator, Tensor>[] Inputs, double Eps = 1e-6, double Atol = 1e-5);

    internal static Case C(Func<Tensor[], Tensor> fn, params Func<Generator, Tensor>[] inputs) => new(fn, inputs);

    private static Tensor Leaf(Tensor t) => t.detach().requires_grad_();

    // Inputs: N normal, P positive in [0.5, 1.5), A normal but at least 0.3 away from 0 (kinks), T transposed, S strided slice.
    internal static Func<Generator, Tensor> N(params long[] shape) => g => Leaf(randn(shape, float64, generator: g));
    internal static Func<Generator, Tensor> P(params long[] shape) => g => Leaf(rand(shape, float64, generator: g).add(0.5));
    internal static Func<Generator, Tensor> A(params long[] shape) => g =>
    {
        var x = randn(shape, float64, generator: g);
        return Leaf(x.add(x.sign().mul(0.3)));
    };
    internal static Func<Generator, Tensor> T(long rows, long cols) => g => Leaf(randn([cols, rows], float64, generator: g).t());
    internal static Func<Generator, Tensor> S(long rows, long cols) => g => Leaf(randn([rows, 2 * cols], float64, generator: g)[.., TensorIndex.Slice(1, null, 2)]);

    private static Tensor Idx(long[] values, params long[] shape) => tensor(values, shape);

    private static readonly Dictionary<string, Case> Table = new()
    {
        // arithmetic
        ["add"] = C(x => x[0].add(x[1]), N(3, 4), N(4)),
        ["add_alpha"] = C(x => x[0].add(x[1], 2.5), N(2, 3, 1), T(3, 4)),
        ["add_scalar"] = C(x => x[0].add(1.5), N(3, 4)),
        ["add_operators"] = C(x => x[0] + x[1] + 2.0 + (1.0 + x[0]), S(3, 4), N(1, 4)),
        ["sub"] = C(x => x[0].sub(x[1]), N(3, 1), T(3, 4)),
        ["sub_scalar"] = C(x => x[0].sub(0.5), N(3, 4)),
        ["sub_operators"] = C(x => 2.0 - x[0] - x[1] - 1.0, N(2, 3), N(3)),
        ["mul"] = C(x => x[0].mul(x[1]), N(2, 3, 4), N(3, 1)),
        ["mul_same_tensor"] = C(x => x[0].mul(x[0]), S(3, 4)),
        ["mul_scalar"] = C(x => x[0].mul(-1.5) * 2.0, N(3, 4)),
        ["div"] = C(x => x[0].div(x[1]), N(3, 4), P(4)),
        ["div_broadcast_both"] = C(x => x[0].div(x[1]), N(3, 1), P(1, 4)),
        ["div_scalar"] = C(x => x[0].div(4.0) / 2.0, N(3, 4)),
        ["rdiv_operator"] = C(x => 2.0 / x[0], P(3, 4)),
        ["neg"] = C(x => x[0].neg(), T(3, 4)),
        ["pow_scalar"] = C(x => x[0].pow(2.5), P(3, 4)),
        ["pow_integer_negative_base"] = C(x => x[0].pow(3), N(3, 4)),
        ["pow_tensor"] = C(x => x[0].pow(x[1]), P(3, 4), N(4)),
        ["maximum"] = C(x => x[0].maximum(x[1]), N(3, 4), N(4)),
        ["minimum"] = C(x => x[0].minimum(x[1]), T(3, 4), N(3, 1)),
        ["atan2"] = C(x => x[0].atan2(x[1]), N(3, 4), N(3, 1)),
        // unary
        ["abs"] = C(x => x[0].abs(), A(3, 4)),
        ["square"] = C(x => x[0].square(), T(3, 4)),
        ["sqrt"] = C(x => x[0].sqrt(), P(3, 4)),
        ["rsqrt"] = C(x => x[0].rsqrt(), P(3, 4)),
        ["reciprocal"] = C(x => x[0].reciprocal(), P(3, 4)),
        ["exp"] = C(x => x[0].exp(), S(3, 4)),
        ["expm1"] = C(x => x[0].expm1(), N(3, 4)),
        ["log"] = C(x => x[0].log(), P(3, 4)),
        ["log1p"] = C(x => x[0].log1p(), P(3, 4)),
        ["log2"] = C(x => x[0].log2(), P(3, 4)),
        ["log10"] = C(x => x[0].log10(), P(3, 4)),
        ["sin"] = C(x => x[0].sin(), N(3, 4)),
        ["cos"] = C(x => x[0].cos(), T(3, 4)),
        ["tanh"] = C(x => x[0].tanh(), N(3, 4)),
        // Inside each function's domain: P − 1 lies in [−0.5, 0.5), P + 1 in [1.5, 2.5).
        ["tan"] = C(x => x[0].sub(1).tan(), P(3, 4)),
        ["asin"] = C(x => x[0].sub(1).asin(), P(3, 4)),
        ["acos"] = C(x => x[0].sub(1).acos(), P(3, 4)),
        ["atan"] = C(x => x[0].atan(), N(3, 4)),
        ["sinh"] = C(x => x[0].sinh(), N(3, 4)),
        ["cosh"] = C(x => x[0].cosh(), T(3, 4)),
        ["asinh"] = C(x => x[0].asinh(), N(3, 4)),
        ["acosh"] = C(x => x[0].add(1).acosh(), P(3, 4)),
        ["atanh"] = C(x => x[0].sub(1).atanh(), P(3, 4)),
        ["sigmoid"] = C(x => x[0].sigmoid(), N(3, 4)),
        ["relu"] = C(x => x[0].relu(), A(3, 4)),
        ["leaky_relu"] = C(x => x[0].leaky_relu(0.1), A(3, 4)),
        ["elu"] = C(x => x[0].elu(1.5), A(3, 4)),
        ["softplus"] = C(x => x[0].softplus(), N(3, 4)),
        // beta·x crosses the threshold for some elements: both the smooth and the linear branch are checked.
        ["softplus_threshold"] = C(x => x[0].mul(2).softplus(beta: 2, threshold: 1), A(4, 5)),
        ["clamp"] = C(x => x[0].clamp(-0.5, 0.5), N(4, 5)),
        ["clamp_min"] = C(x => x[0].clamp_min(0.2), N(4, 5)),
        ["clamp_max"] = C(x => x[0].clamp_max(-0.2), T(4, 5)),
        ["where"] = C(x => where(x[0].detach().gt(0), x[0], x[1].mul(2)), N(3, 4), N(4)),
        ["where_broadcast_condition"] = C(x => where(tensor(new[] { true, false, true, false }), x[0], x[1]), N(3, 4), N(3, 1)),
        // reductions
        ["sum"] = C(x => x[0].sum(), T(3, 4)),
        ["sum_dims"] = C(x => x[0].sum([0, 2]), N(2, 3, 4)),
        ["sum_keepdim"] = C(x => x[0].sum(1, keepdim: true), N(2, 3, 4)),
        ["mean"] = C(x => x[0].mean(), S(3, 4)),
        ["mean_dims_keepdim"] = C(x => x[0].mean([-1, 0], keepdim: true), N(2, 3, 4)),
        ["prod"] = C(x => x[0].prod(), P(2, 3)),
        ["prod_dim_keepdim"] = C(x => x[0].prod([1], keepdim: true), N(3, 4)),
        ["prod_dim"] = C(x => x[0].prod([0]), T(3, 4)),
        ["prod_with_zeros"] = C(x => x[0].prod([1]).add(x[0].prod()), _ => Leaf(tensor(new double[] { 0, 2, 3, 0, 0, 4, 1, 2, 3 }, [3, 3]))),
        ["max"] = C(x => x[0].max(), N(3, 4)),
        ["min"] = C(x => x[0].min(), T(3, 4)),
        ["max_dim"] = C(x => x[0].max(1).values, N(3, 4)),
        ["max_dim_keepdim"] = C(x => x[0].max(0, keepdim: true).values, T(3, 4)),
        ["min_dim"] = C(x => x[0].min(-1).values, S(3, 4)),
        ["amax"] = C(x => x[0].amax([0, 2]), N(2, 3, 4)),
        ["amax_keepdim"] = C(x => x[0].amax([1], keepdim: true), N(3, 4)),
        ["amin"] = C(x => x[0].amin([0, 1], keepdim: true), T(3, 4)),
        ["var"] = C(x => x[0].var(), N(3, 4)),
        ["var_biased"] = C(x => x[0].var(false), N(3, 4)),
        ["var_dim_keepdim"] = C(x => x[0].var(1, keepdim: true), T(3, 4)),
        ["var_dim_biased"] = C(x => x[0].var(0, unbiased: false), N(3, 4)),
        ["std"] = C(x => x[0].std(), N(3, 4)),
        ["std_biased"] = C(x => x[0].std(false), S(3, 4)),
        ["std_dims"] = C(x => x[0].std([0, 2], keepdim: true), N(2, 3, 4)),
        ["logsumexp"] = C(x => x[0].logsumexp(1), N(3, 4)),
        ["logsumexp_keepdim"] = C(x => x[0].logsumexp(0, keepdim: true), T(3, 4)),
        ["norm_1"] = C(x => x[0].norm(p: 1), A(3, 4)),
        ["norm_2"] = C(x => x[0].norm(), N(3, 4)),
        ["norm_3"] = C(x => x[0].norm(p: 3), A(3, 4)),
        ["norm_inf"] = C(x => x[0].norm(double.PositiveInfinity), N(3, 4)),
        // linear algebra
        ["matmul_1d_1d"] = C(x => x[0].matmul(x[1]), N(4), N(4)),
        ["matmul_2d_1d"] = C(x => x[0].matmul(x[1]), N(3, 4), N(4)),
        ["matmul_1d_2d"] = C(x => x[0].matmul(x[1]), N(3), N(3, 4)),
        ["matmul_2d_2d"] = C(x => x[0].matmul(x[1]), N(3, 4), N(4, 2)),
        ["matmul_transposed"] = C(x => x[0].matmul(x[1]), T(3, 4), T(4, 2)),
        ["matmul_strided"] = C(x => x[0].matmul(x[1].t()), S(3, 4), S(2, 4)),
        ["matmul_batched"] = C(x => x[0].matmul(x[1]), N(2, 3, 4), N(2, 4, 5)),
        ["matmul_batched_broadcast"] = C(x => x[0].matmul(x[1]), N(2, 1, 3, 4), N(3, 4, 2)),
        ["matmul_batched_2d"] = C(x => x[0].matmul(x[1]), N(2, 3, 4), T(4, 2)),
        ["matmul_batched_1d"] = C(x => x[0].matmul(x[1]), N(4), N(2, 4, 3)),
        ["matmul_batched_mT"] = C(x => x[0].mT.matmul(x[1]), N(2, 4, 3), N(2, 4, 2)),
        ["mm"] = C(x => x[0].mm(x[1]), N(3, 4), T(4, 2)),
        ["bmm"] = C(x => x[0].bmm(x[1]), N(2, 3, 4), N(2, 4, 2)),
        ["dot"] = C(x => x[0].dot(x[1]), N(5), N(5)),
        ["outer"] = C(x => x[0].outer(x[1]), N(3), N(4)),
        // views and shape changes
        ["view"] = C(x => x[0].view(4, 3).mul(x[0].view(-1, 4, 3)), N(3, 4)),
        ["reshape_copy"] = C(x => x[0].reshape(12).mul(tensor(Enumerable.Range(0, 12).Select(i => (double)i).ToArray())), T(3, 4)),
        ["reshape_view"] = C(x => x[0].reshape(2, 2, 3), N(3, 4)),
        ["flatten"] = C(x => x[0].flatten(), T(3, 4)),
        ["flatten_range"] = C(x => x[0].flatten(1), N(2, 3, 4)),
        ["unflatten"] = C(x => x[0].unflatten(1, 2, 2), S(3, 4)),
        ["permute"] = C(x => x[0].permute(2, 0, 1).mul(tensor(new double[] { 1, 2, 3, 4 }, [4, 1, 1])), N(2, 3, 4)),
        ["transpose"] = C(x => x[0].transpose(0, 2).reshape(-1), N(2, 3, 4)),
        ["t"] = C(x => x[0].t().matmul(x[1]), N(3, 4), N(3)),
        ["T"] = C(x => x[0].T.reshape(-1), N(2, 3, 4)),
        ["mT"] = C(x => x[0].mT.reshape(-1), N(2, 3, 4)),
        ["unsqueeze"] = C(x => x[0].unsqueeze(1).mul(x[1]), T(3, 4), N(5, 1)),
        ["squeeze"] = C(x => x[0].squeeze().mul(x[1]), N(3, 1, 4, 1), N(4)),
        ["squeeze_dim"] = C(x => x[0].squeeze(1), N(3, 1, 4)),
        ["expand"] = C(x => x[0].expand(2, 3, 4).mul(x[1]), N(3, 1), N(2, 3, 4)),
        ["narrow"] = C(x => x[0].narrow(1, 1, 2), T(3, 4)),
        ["select"] = C(x => x[0].select(0, -1).mul(x[0].select(1, 2)), N(4, 4)),
        ["index_range"] = C(x => x[0][1..3, ..^1], N(4, 5)),
        ["index_step"] = C(x => x[0][TensorIndex.Slice(null, null, 2), TensorIndex.Slice(1, null, 3)], T(5, 7)),
        ["index_negative"] = C(x => x[0][-1, TensorIndex.Slice(-3, -1)], N(4, 5)),
        ["index_ellipsis_none"] = C(x => x[0][TensorIndex.Ellipsis, TensorIndex.None, 1], N(2, 3, 4)),
        ["index_tensor"] = C(x => x[0][Idx([2, 0, 2], 3)], N(3, 4)),
        ["index_tensor_2d"] = C(x => x[0][.., Idx([3, 1, 0, 3], 2, 2)], S(3, 4)),
        ["index_bool_mask"] = C(x => x[0][tensor(new[] { true, false, true })], N(3, 4)),
        ["index_bool_mask_2d"] = C(x => x[0][x[0].detach().gt(0)], N(3, 4)),
        ["contiguous"] = C(x => x[0].contiguous().view(-1), T(3, 4)),
        ["clone"] = C(x => x[0].clone().mul(x[0]), N(3, 4)),
        // joining and splitting
        ["cat"] = C(x => cat([x[0], x[1].mul(2), x[0]], 1), N(3, 2), T(3, 4)),
        ["cat_dim0"] = C(x => cat([x[0], x[1]]), N(2, 4), S(3, 4)),
        ["stack"] = C(x => stack([x[0], x[1]], 1), N(3, 4), T(3, 4)),
        ["stack_last"] = C(x => stack([x[0], x[0].exp()], -1), N(3, 4)),
        ["split"] = C(x => cat(x[0].split(3, 1).Select((p, i) => p.mul(i + 1)).ToList(), 1), N(3, 7)),
        ["split_sizes"] = C(x => cat(x[0].split([1, 3], 0).Reverse().ToList(), 0), T(4, 3)),
        ["chunk"] = C(x => x[0].chunk(3, 0)[1].sum(0), N(7, 2)),
        ["unbind"] = C(x => stack(x[0].unbind(1).Reverse(), 0), N(3, 4)),
        ["repeat"] = C(x => x[0].repeat(2, 1, 3), T(3, 2)),
        // gather and scatter
        ["gather"] = C(x => x[0].gather(1, Idx([0, 2, 2, 1, 0, 0], 3, 2)), N(3, 4)),
        ["gather_dim0"] = C(x => x[0].gather(0, Idx([2, 2, 0, 1], 1, 4)), T(3, 4)),
        ["scatter_add"] = C(x => x[0].scatter_add(1, Idx([0, 2, 2, 1, 0, 0], 3, 2), x[1]), N(3, 4), N(3, 2)),
        ["index_select"] = C(x => x[0].index_select(1, Idx([3, 0, 3], 3)), S(2, 4)),
        ["masked_fill"] = C(x => x[0].masked_fill(tensor(new[] { true, false, false, true }), 2.0), N(3, 4)),
        ["masked_fill_broadcast"] = C(x => x[0].masked_fill(tensor(new[] { true, false, true }, [3, 1]), -1.0), T(3, 4)),
        // softmax
        ["softmax_0"] = C(x => x[0].softmax(0), N(3, 4)),
        ["softmax_1"] = C(x => x[0].softmax(1), T(3, 4)),
        ["softmax_middle"] = C(x => x[0].softmax(1), N(2, 3, 4)),
        ["log_softmax_0"] = C(x => x[0].log_softmax(0), S(3, 4)),
        ["log_softmax_last"] = C(x => x[0].log_softmax(-1), N(2, 3, 4)),
        ["log_softmax_middle"] = C(x => x[0].log_softmax(1), N(2, 3, 4)),
        // dtype conversion: float32 rounding needs a larger step and tolerance.
        ["to_type_float32"] = new(x => x[0].to_type(float32).mul(3).to_type(float64), [N(3, 4)], Eps: 1e-2, Atol: 1e-4),
    };

    public static TheoryData<string> Names => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void GradientMatchesCentralDifferences(string name) => Check(name, Table[name]);

    /// <summary>Runs a case with inputs drawn from a generator seeded by the case's name.</summary>
    internal static void Check(string name, Case c)
    {
        var g = new Generator(name.Aggregate(17UL, (h, ch) => h * 31 + ch));
        var inputs = c.Inputs.Select(make => make(g)).ToArray();
        Assert.True(autograd.gradcheck(c.Fn, inputs, eps: c.Eps, atol: c.Atol));
    }
}
