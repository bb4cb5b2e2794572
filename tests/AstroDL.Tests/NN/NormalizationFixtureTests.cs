using System.Text.Json;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

/// <summary>
/// Every case of Fixtures/pytorch/normalization.json: parameters and buffers loaded, warm-up passes in the case's mode,
/// then out = m(x); (out·grad_output).sum().backward(); outputs, gradients and the running statistics after.
/// </summary>
public class NormalizationFixtureTests
{
    private static readonly Dictionary<string, JsonElement> CasesByName =
        PyTorchFixtures.Cases("normalization.json").ToDictionary(c => c.GetProperty("name").GetString()!);

    public static TheoryData<string> CaseNames => [.. CasesByName.Keys];

    [Fact]
    public void FixtureFileHasTheExpectedCases() => Assert.True(CasesByName.Count >= 18, $"only {CasesByName.Count} normalization cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MatchesPyTorch(string name)
    {
        var c = CasesByName[name];
        var module = Build(c.GetProperty("module").GetString()!, c.GetProperty("args")).to(ScalarType.Float64);
        var state = c.GetProperty("params").EnumerateObject().Concat(c.GetProperty("buffers").EnumerateObject())
            .ToDictionary(p => p.Name, p => Load(p.Name, p.Value));
        module.load_state_dict(state);
        if (c.GetProperty("mode").GetString() == "train") module.train();
        else module.eval();
        using (no_grad())
        {
            foreach (var warmup in c.GetProperty("warmup").EnumerateArray()) module.call(PyTorchFixtures.ToTensor(warmup));
        }

        bool indices = module is Modules.Embedding;
        var input = indices ? PyTorchFixtures.ToTensor(c.GetProperty("input"), ScalarType.Int64) : PyTorchFixtures.ToTensor(c.GetProperty("input")).requires_grad_();
        var output = module.call(input);
        output.mul(PyTorchFixtures.ToTensor(c.GetProperty("grad_output"))).sum().backward();

        PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(c.GetProperty("output")), output, $"{name} output");
        if (!indices)
            PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(c.GetProperty("grad_input")), input.grad, $"{name} input gradient");
        var parameters = module.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var expectedGrads = c.GetProperty("grad_params").EnumerateObject().ToList();
        Assert.Equal(expectedGrads.Select(g => g.Name).Order(), parameters.Keys.Order());
        foreach (var g in expectedGrads)
            PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(g.Value), parameters[g.Name].grad, $"{name} gradient of {g.Name}");
        var buffers = module.named_buffers().ToDictionary(b => b.name, b => b.buffer);
        var expectedBuffers = c.GetProperty("buffers_after").EnumerateObject().ToList();
        Assert.Equal(expectedBuffers.Select(b => b.Name).Order(), buffers.Keys.Order());
        foreach (var b in expectedBuffers)
            PyTorchFixtures.AssertClose(Load(b.Name, b.Value), buffers[b.Name], $"{name} buffer {b.Name} after the pass");
    }

    // num_batches_tracked is PyTorch's only integer buffer.
    private static Tensor Load(string key, JsonElement value) =>
        PyTorchFixtures.ToTensor(value, key.EndsWith("num_batches_tracked", StringComparison.Ordinal) ? ScalarType.Int64 : ScalarType.Float64);

    private static Module<Tensor, Tensor> Build(string module, JsonElement args)
    {
        double Number(string key, double fallback) => args.TryGetProperty(key, out var v) ? v.GetDouble() : fallback;
        bool Flag(string key) => !args.TryGetProperty(key, out var v) || v.GetBoolean();
        long Features() => args.GetProperty("num_features").GetInt64();
        // momentum: absent means PyTorch's 0.1, JSON null means None (a cumulative average).
        double? Momentum() => !args.TryGetProperty("momentum", out var v) ? 0.1 : v.ValueKind == JsonValueKind.Null ? null : v.GetDouble();
        return module switch
        {
            "BatchNorm1d" => BatchNorm1d(Features(), Number("eps", 1e-5), Momentum(), Flag("affine"), Flag("track_running_stats")),
            "BatchNorm2d" => BatchNorm2d(Features(), Number("eps", 1e-5), Momentum(), Flag("affine"), Flag("track_running_stats")),
            "LayerNorm" => LayerNorm(args.GetProperty("normalized_shape").EnumerateArray().Select(v => v.GetInt64()).ToArray(),
                Number("eps", 1e-5), Flag("elementwise_affine")),
            "Embedding" => Embedding(args.GetProperty("num_embeddings").GetInt64(), args.GetProperty("embedding_dim").GetInt64(),
                args.TryGetProperty("padding_idx", out var pad) ? pad.GetInt64() : null),
            _ => throw new NotSupportedException($"normalization.json names a module the test cannot build: {module}"),
        };
    }
}
