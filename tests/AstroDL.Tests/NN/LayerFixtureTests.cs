using System.Text.Json;
using AstroDL.Modules;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

/// <summary>Every layer case of Fixtures/pytorch/layers.json: out = m(x); (out·grad_output).sum().backward().</summary>
public class LayerFixtureTests
{
    private static readonly Dictionary<string, JsonElement> CasesByName =
        PyTorchFixtures.Cases("layers.json").ToDictionary(c => c.GetProperty("name").GetString()!);

    public static TheoryData<string> CaseNames => [.. CasesByName.Keys];

    [Fact]
    public void FixtureFileHasTheExpectedCases() => Assert.True(CasesByName.Count >= 19, $"only {CasesByName.Count} layer cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MatchesPyTorch(string name)
    {
        var c = CasesByName[name];
        var module = Build(c.GetProperty("module").GetString()!, c.GetProperty("args")).to(ScalarType.Float64);
        var parameters = c.GetProperty("params").EnumerateObject().ToDictionary(p => p.Name, p => PyTorchFixtures.ToTensor(p.Value));
        module.load_state_dict(parameters);
        if (c.GetProperty("mode").GetString() == "train") module.train();
        else module.eval();

        var input = PyTorchFixtures.ToTensor(c.GetProperty("input")).requires_grad_();
        var output = module.call(input);
        output.mul(PyTorchFixtures.ToTensor(c.GetProperty("grad_output"))).sum().backward();

        PyTorchFixtures.AssertLayerCase(c, name, module, input, output);
    }

    private static Module<Tensor, Tensor> Build(string module, JsonElement args)
    {
        double Number(string key, double fallback) => args.TryGetProperty(key, out var v) ? v.GetDouble() : fallback;
        long Integer(string key, long fallback) => args.TryGetProperty(key, out var v) ? v.GetInt64() : fallback;
        return module switch
        {
            "Linear" => Linear(Integer("in_features", 0), Integer("out_features", 0), args.GetProperty("bias").GetBoolean()),
            "Identity" => Identity(),
            "Flatten" => Flatten(Integer("start_dim", 1), Integer("end_dim", -1)),
            "ReLU" => ReLU(),
            "LeakyReLU" => LeakyReLU(Number("negative_slope", 0.01)),
            "ELU" => ELU(Number("alpha", 1)),
            "Sigmoid" => Sigmoid(),
            "Tanh" => Tanh(),
            "Softmax" => Softmax(Integer("dim", -1)),
            "LogSoftmax" => LogSoftmax(Integer("dim", -1)),
            "Softplus" => Softplus(Number("beta", 1), Number("threshold", 20)),
            "Dropout" => Dropout(Number("p", 0.5)),
            "Sequential" => BuildSequential(args.GetProperty("layers")),
            _ => throw new NotSupportedException($"layers.json names a module the test cannot build: {module}"),
        };
    }

    // The fixture spells the layers as "Linear(5,8)" or "ReLU".
    private static Sequential BuildSequential(JsonElement layers) =>
        Sequential(layers.EnumerateArray().Select(l => l.GetString()!).Select(spec =>
        {
            if (spec == "ReLU") return (Module<Tensor, Tensor>)ReLU();
            var sizes = spec["Linear(".Length..^1].Split(',').Select(long.Parse).ToArray();
            return Linear(sizes[0], sizes[1]);
        }).ToArray());
}
