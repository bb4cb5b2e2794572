using System.Text.Json;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

/// <summary>
/// Every case of Fixtures/pytorch/recurrent.json: PyTorch's parameters loaded by name (so names, shapes and gate order
/// must all match), then the outputs and final states, and the gradients of Σ output·grad_output (over all outputs)
/// with respect to the input, the initial states and every parameter. Cases with lengths go through
/// pack_padded_sequence, the packed overload of the network and pad_packed_sequence.
/// </summary>
public class RecurrentFixtureTests
{
    private static readonly Dictionary<string, JsonElement> CasesByName =
        PyTorchFixtures.Cases("recurrent.json").ToDictionary(c => c.GetProperty("name").GetString()!);

    public static TheoryData<string> CaseNames => [.. CasesByName.Keys];

    [Fact]
    public void FixtureFileHasTheExpectedCases() => Assert.True(CasesByName.Count >= 20, $"only {CasesByName.Count} recurrent cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MatchesPyTorch(string name)
    {
        var c = CasesByName[name];
        var module = Build(c.GetProperty("module").GetString()!, c.GetProperty("args")).to(ScalarType.Float64);
        module.load_state_dict(Tensors(c.GetProperty("params")));
        if (c.GetProperty("mode").GetString() == "train") module.train();
        else module.eval();

        var input = PyTorchFixtures.ToTensor(c.GetProperty("input")).requires_grad_();
        var states = Tensors(c.GetProperty("states"));
        foreach (var s in states.Values) s.requires_grad_();
        var outputs = c.TryGetProperty("lengths", out var lengths)
            ? RunPacked(c, module, input, lengths, states.GetValueOrDefault("h0"), states.GetValueOrDefault("c0"))
            : Run(module, input, states.GetValueOrDefault("h0"), states.GetValueOrDefault("c0"));

        var weights = Tensors(c.GetProperty("grad_outputs"));
        Assert.Equal(weights.Keys.Order(), outputs.Keys.Order());
        outputs.Select(o => o.Value.mul(weights[o.Key]).sum()).Aggregate((a, b) => a.add(b)).backward();

        foreach (var (key, expected) in Tensors(c.GetProperty("outputs")))
            PyTorchFixtures.AssertClose(expected, outputs[key], $"{name} {key}");
        PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(c.GetProperty("grad_input")), input.grad, $"{name} input gradient");
        foreach (var (key, expected) in Tensors(c.GetProperty("grad_states")))
            PyTorchFixtures.AssertClose(expected, states[key].grad, $"{name} gradient of {key}");
        var parameters = module.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var expectedGrads = Tensors(c.GetProperty("grad_params"));
        Assert.Equal(expectedGrads.Keys.Order(), parameters.Keys.Order());
        foreach (var (key, expected) in expectedGrads)
            PyTorchFixtures.AssertClose(expected, parameters[key].grad, $"{name} gradient of {key}");
    }

    private static Dictionary<string, Tensor> Tensors(JsonElement obj) =>
        obj.EnumerateObject().ToDictionary(p => p.Name, p => PyTorchFixtures.ToTensor(p.Value));

    /// <summary>The module's results under the fixture's names: output, h_n, c_n for networks; h, c for cells.</summary>
    private static Dictionary<string, Tensor> Run(Module module, Tensor input, Tensor? h0, Tensor? c0)
    {
        (Tensor, Tensor)? both = h0 is null ? null : (h0, c0!);
        switch (module)
        {
            case Modules.LSTM lstm:
                var (output, hN, cN) = lstm.call(input, both);
                return new() { ["output"] = output, ["h_n"] = hN, ["c_n"] = cN };
            case Modules.RNNBase<Tensor?, (Tensor, Tensor)> network:
                var (o, h) = network.call(input, h0);
                return new() { ["output"] = o, ["h_n"] = h };
            case Modules.LSTMCell cell:
                var (hNext, cNext) = cell.call(input, both);
                return new() { ["h"] = hNext, ["c"] = cNext };
            case Modules.RNNCellBase<Tensor?, Tensor> cell:
                return new() { ["h"] = cell.call(input, h0) };
            default:
                throw new NotSupportedException($"recurrent.json: cannot run {module.GetType().Name}");
        }
    }

    /// <summary>Packs the input by the case's lengths (checking the layout against PyTorch's), runs it, pads the output back.</summary>
    private static Dictionary<string, Tensor> RunPacked(JsonElement c, Module module, Tensor input, JsonElement lengths, Tensor? h0, Tensor? c0)
    {
        bool batchFirst = c.GetProperty("args").TryGetProperty("batch_first", out var flag) && flag.GetBoolean();
        var packed = nn.utils.rnn.pack_padded_sequence(input, tensor(lengths.EnumerateArray().Select(l => l.GetInt64()).ToArray()), batchFirst,
            enforce_sorted: c.GetProperty("enforce_sorted").GetBoolean());
        Assert.Equal(PyTorchFixtures.ToTensor(c.GetProperty("batch_sizes"), int64).data<long>().ToArray(), packed.batch_sizes.data<long>().ToArray());
        Assert.Equal(PyTorchFixtures.ToTensor(c.GetProperty("sorted_indices"), int64).data<long>().ToArray(),
            packed.sorted_indices.data<long>().ToArray());
        (Tensor, Tensor)? both = h0 is null ? null : (h0, c0!);
        var results = new Dictionary<string, Tensor>();
        nn.utils.rnn.PackedSequence output;
        if (module is Modules.LSTM lstm)
        {
            (output, results["h_n"], results["c_n"]) = lstm.call(packed, both);
        }
        else
        {
            (output, results["h_n"]) = module switch
            {
                Modules.GRU gru => gru.call(packed, h0),
                Modules.RNN rnn => rnn.call(packed, h0),
                _ => throw new NotSupportedException($"recurrent.json: cannot pack for {module.GetType().Name}"),
            };
        }
        var (padded, outLengths) = nn.utils.rnn.pad_packed_sequence(output, batchFirst);
        Assert.Equal(lengths.EnumerateArray().Select(l => l.GetInt64()), outLengths.data<long>().ToArray());
        results["output"] = padded;
        return results;
    }

    private static Module Build(string module, JsonElement args)
    {
        long Size(string key) => args.GetProperty(key).GetInt64();
        long Layers() => args.TryGetProperty("num_layers", out var v) ? v.GetInt64() : 1;
        bool Flag(string key, bool fallback) => args.TryGetProperty(key, out var v) ? v.GetBoolean() : fallback;
        double Dropout() => args.TryGetProperty("dropout", out var v) ? v.GetDouble() : 0;
        var nonlinearity = args.TryGetProperty("nonlinearity", out var n) && n.GetString() == "relu" ? NonLinearities.ReLU : NonLinearities.Tanh;
        long inputs = Size("input_size"), hidden = Size("hidden_size");
        bool bias = Flag("bias", true), batchFirst = Flag("batch_first", false), bidirectional = Flag("bidirectional", false);
        return module switch
        {
            "RNN" => RNN(inputs, hidden, Layers(), nonlinearity, bias, batchFirst, Dropout(), bidirectional),
            "LSTM" => LSTM(inputs, hidden, Layers(), bias, batchFirst, Dropout(), bidirectional),
            "GRU" => GRU(inputs, hidden, Layers(), bias, batchFirst, Dropout(), bidirectional),
            "RNNCell" => RNNCell(inputs, hidden, nonlinearity, bias),
            "LSTMCell" => LSTMCell(inputs, hidden, bias),
            "GRUCell" => GRUCell(inputs, hidden, bias),
            _ => throw new NotSupportedException($"recurrent.json names a module the test cannot build: {module}"),
        };
    }
}
