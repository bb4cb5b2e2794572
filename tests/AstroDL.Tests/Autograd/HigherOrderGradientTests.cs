using System.Text.Json;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;

namespace AstroDL.Tests.Autograd;

/// <summary>
/// Second derivatives through autograd.grad(create_graph: true): float64 gradgradchecks per op, and WGAN-GP gradient
/// penalties against PyTorch (make_higher_order_fixtures.py).
/// </summary>
public class HigherOrderGradientTests
{
    private static Tensor Input(ulong seed, params long[] shape) => randn(shape, float64, generator: new Generator(seed)).requires_grad_();

    public static TheoryData<string> Ops => new(SecondDerivatives.Keys);

    private static readonly Dictionary<string, (Func<Tensor[], Tensor> Fn, Tensor[] Inputs)> SecondDerivatives = new()
    {
        ["mul div pow"] = (x => x[0].mul(x[1]).div(x[1].square().add(1)).pow(3), [Input(1, 3, 2), Input(2, 2)]),
        ["exp log sqrt"] = (x => x[0].exp().add(x[1].square().add(1).log()).sqrt(), [Input(3, 4), Input(4, 4)]),
        ["tanh sigmoid"] = (x => x[0].tanh().mul(x[0].sigmoid()), [Input(5, 5)]),
        ["relu leaky_relu"] = (x => x[0].relu().mul(x[0]).add(x[0].leaky_relu(0.2).square()), [Input(6, 6)]),
        ["softmax log_softmax"] = (x => x[0].softmax(1).mul(x[0].log_softmax(1)), [Input(7, 2, 4)]),
        ["matmul linear"] = (x => nn.functional.linear(x[0].matmul(x[1]).tanh(), x[2]), [Input(8, 3, 4), Input(9, 4, 2), Input(10, 5, 2)]),
        ["sum mean views cat"] = (x => cat([x[0].t(), x[0].t().mean(0, keepdim: true).expand(3, 2)], 0).square().sum(1), [Input(11, 2, 3)]),
        ["conv2d stride padding groups"] = (x => nn.functional.conv2d(x[0], x[1], x[2], strides: [2, 2], padding: [1, 1], groups: 2).tanh(),
            [Input(12, 1, 2, 5, 5), Input(13, 4, 1, 3, 3), Input(14, 4)]),
        ["conv_transpose2d"] = (x => nn.functional.conv_transpose2d(x[0], x[1], strides: [2, 2], padding: [1, 1]).sigmoid(),
            [Input(15, 1, 2, 3, 3), Input(16, 2, 3, 4, 4)]),
    };

    [Theory]
    [MemberData(nameof(Ops))]
    public void SecondDerivativesMatchFiniteDifferences(string op)
    {
        var (fn, inputs) = SecondDerivatives[op];
        Assert.True(autograd.gradgradcheck(fn, inputs));
    }

    public static IEnumerable<object[]> Penalties => PyTorchFixtures.CaseNames("higher_order.json");

    [Theory]
    [MemberData(nameof(Penalties))]
    public void GradientPenaltyMatchesPyTorch(string name)
    {
        var c = PyTorchFixtures.Case("higher_order.json", name);
        var critic = Critic(name);
        Load(critic, c.GetProperty("params"));
        var real = PyTorchFixtures.ToTensor(c.GetProperty("real"));
        var fake = PyTorchFixtures.ToTensor(c.GetProperty("fake"));
        var eps = PyTorchFixtures.ToTensor(c.GetProperty("eps"));
        var mixed = eps.mul(real).add(eps.neg().add(1).mul(fake)).requires_grad_();
        var score = critic.forward(mixed);

        var g = autograd.grad([score], [mixed], [ones_like(score)], create_graph: true)[0];
        var penalty = g.reshape(g.shape[0], -1).norm(1).sub(1).square().mean();
        penalty.backward();

        PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(c.GetProperty("input_gradient")), g, "input gradient");
        PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(c.GetProperty("penalty")), penalty, "penalty");
        var own = critic.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        foreach (var expected in c.GetProperty("grad_params").EnumerateObject())
        {
            var grad = own[expected.Name].grad;
            if (expected.Value.ValueKind == JsonValueKind.Null)
            {
                Assert.Null(grad);
                continue;
            }
            var value = PyTorchFixtures.ToTensor(expected.Value);
            // PyTorch links a leaky ReLU's backward to its input, so biases before one get exact zeros; the kit's mask is a
            // constant, so they get no gradient at all. Both say the penalty does not depend on them.
            if (grad is null && value.abs().max().ToDouble() == 0) continue;
            PyTorchFixtures.AssertClose(value, grad, $"gradient of {expected.Name}");
        }
    }

    private static nn.Module<Tensor, Tensor> Critic(string name) => name switch
    {
        "conv_leaky_relu" => nn.Sequential(
            nn.Conv2d(1, 4, 3, stride: 2, padding: 1), nn.LeakyReLU(0.2),
            nn.Conv2d(4, 4, 3, padding: 1, groups: 2), nn.LeakyReLU(0.2),
            nn.Flatten(), nn.Linear(4 * 3 * 3, 1)),
        "conv_transpose_relu_tanh" => nn.Sequential(
            nn.ConvTranspose2d(2, 3, 4, stride: 2, padding: 1), nn.ReLU(),
            nn.Conv2d(3, 2, 3), nn.Tanh(), nn.Flatten(), nn.Linear(2 * 6 * 6, 1)),
        "mlp_sigmoid_softmax" => nn.Sequential(nn.Linear(5, 8), nn.Sigmoid(), nn.Linear(8, 4), nn.Softmax(1), nn.Linear(4, 1)),
        _ => throw new ArgumentException($"no critic for fixture case '{name}'"),
    };

    private static void Load(nn.Module critic, JsonElement parameters)
    {
        critic.to(float64);
        var own = critic.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Assert.Equal(parameters.EnumerateObject().Select(p => p.Name).Order(), own.Keys.Order());
        using var _ = no_grad();
        foreach (var p in parameters.EnumerateObject()) own[p.Name].copy_(PyTorchFixtures.ToTensor(p.Value));
    }
}
