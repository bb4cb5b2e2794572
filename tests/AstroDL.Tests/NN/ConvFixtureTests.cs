using System.Text.Json;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

/// <summary>Every case of Fixtures/pytorch/conv.json: outputs, indices and gradients of convolution, pooling, upsampling and pad layers.</summary>
public class ConvFixtureTests
{
    private static readonly JsonElement Root = LoadRoot();

    private static readonly Dictionary<string, JsonElement> Layers =
        Root.GetProperty("layers").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);

    private static readonly Dictionary<string, JsonElement> Pads =
        Root.GetProperty("pads").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);

    public static TheoryData<string> LayerNames => [.. Layers.Keys];

    public static TheoryData<string> PadNames => [.. Pads.Keys];

    [Fact]
    public void FixtureFileHasTheExpectedCases()
    {
        Assert.True(Layers.Count >= 38, $"only {Layers.Count} layer cases");
        Assert.True(Pads.Count >= 8, $"only {Pads.Count} pad cases");
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void LayerMatchesPyTorch(string name)
    {
        var c = Layers[name];
        var args = c.GetProperty("args");
        var module = Build(c.GetProperty("module").GetString()!, args).to(ScalarType.Float64);
        module.load_state_dict(c.GetProperty("params").EnumerateObject().ToDictionary(p => p.Name, p => PyTorchFixtures.ToTensor(p.Value)));
        var input = PyTorchFixtures.ToTensor(c.GetProperty("input")).requires_grad_();

        Tensor output;
        if (c.TryGetProperty("indices", out var expectedIndices))
        {
            var (values, indices) = module switch
            {
                Modules.MaxPool1d m => m.forward_with_indices(input),
                Modules.MaxPool2d m => m.forward_with_indices(input),
                _ => throw new InvalidOperationException($"{name}: indices recorded for {module}"),
            };
            Assert.Equal(PyTorchFixtures.ToTensor(expectedIndices, ScalarType.Int64).data<long>().ToArray(), indices.data<long>().ToArray());
            output = values;
        }
        else
        {
            output = module.call(input);
        }
        output.mul(PyTorchFixtures.ToTensor(c.GetProperty("grad_output"))).sum().backward();
        PyTorchFixtures.AssertLayerCase(c, name, module, input, output);
    }

    [Theory]
    [MemberData(nameof(PadNames))]
    public void PadMatchesPyTorch(string name)
    {
        var c = Pads[name];
        var mode = c.GetProperty("mode").GetString() switch
        {
            "constant" => PaddingModes.Constant,
            "reflect" => PaddingModes.Reflect,
            "replicate" => PaddingModes.Replicate,
            _ => PaddingModes.Circular,
        };
        var input = PyTorchFixtures.ToTensor(c.GetProperty("input")).requires_grad_();
        var output = functional.pad(input, Longs(c.GetProperty("pad")), mode, c.GetProperty("value").GetDouble());
        output.mul(PyTorchFixtures.ToTensor(c.GetProperty("grad_output"))).sum().backward();
        PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(c.GetProperty("output")), output, $"{name} output");
        PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(c.GetProperty("grad_input")), input.grad, $"{name} input gradient");
    }

    private static JsonElement LoadRoot()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pytorch", "conv.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    }

    private static long[] Longs(JsonElement e) => e.EnumerateArray().Select(v => v.GetInt64()).ToArray();

    private static (long, long) Pair(JsonElement args, string key)
    {
        var v = Longs(args.GetProperty(key));
        return (v[0], v[^1]);
    }

    private static Module<Tensor, Tensor> Build(string module, JsonElement args)
    {
        long Integer(string key) => args.GetProperty(key).GetInt64();
        bool Flag(string key) => args.GetProperty(key).GetBoolean();
        return module switch
        {
            "Conv1d" or "Conv2d" => BuildConvolution(module, args),
            "ConvTranspose2d" => ConvTranspose2d(Integer("in_channels"), Integer("out_channels"), Pair(args, "kernel_size"), Pair(args, "stride"),
                Pair(args, "padding"), Pair(args, "output_padding"), Pair(args, "dilation"), groups: Integer("groups"), bias: Flag("bias")),
            "MaxPool1d" => MaxPool1d(Integer("kernel_size"), Integer("stride"), Integer("padding"), Integer("dilation"), Flag("ceil_mode")),
            "MaxPool2d" => MaxPool2d(Longs(args.GetProperty("kernel_size")), Longs(args.GetProperty("stride")), Longs(args.GetProperty("padding")),
                Longs(args.GetProperty("dilation")), Flag("ceil_mode")),
            "AvgPool1d" => AvgPool1d(Integer("kernel_size"), Integer("stride"), Integer("padding"), Flag("ceil_mode"), Flag("count_include_pad")),
            "AvgPool2d" => AvgPool2d(Longs(args.GetProperty("kernel_size")), Longs(args.GetProperty("stride")), Longs(args.GetProperty("padding")),
                Flag("ceil_mode"), Flag("count_include_pad"), args.TryGetProperty("divisor_override", out var d) ? d.GetInt64() : null),
            "AdaptiveAvgPool2d" => AdaptiveAvgPool2d(Longs(args.GetProperty("output_size"))),
            "Upsample" => args.TryGetProperty("size", out var size)
                ? Upsample(size: Longs(size))
                : Upsample(scale_factor: args.GetProperty("scale_factor").EnumerateArray().Select(v => v.GetDouble()).ToArray()),
            _ => throw new NotSupportedException($"conv.json names a module the test cannot build: {module}"),
        };
    }

    private static Module<Tensor, Tensor> BuildConvolution(string module, JsonElement args)
    {
        long inChannels = args.GetProperty("in_channels").GetInt64(), outChannels = args.GetProperty("out_channels").GetInt64();
        long groups = args.GetProperty("groups").GetInt64();
        bool bias = args.GetProperty("bias").GetBoolean();
        var mode = args.GetProperty("padding_mode").GetString() switch
        {
            "zeros" => PaddingModes.Zeros,
            "reflect" => PaddingModes.Reflect,
            "replicate" => PaddingModes.Replicate,
            _ => PaddingModes.Circular,
        };
        var padding = args.GetProperty("padding");
        Padding? named = padding.ValueKind == JsonValueKind.String ? (padding.GetString() == "same" ? Padding.Same : Padding.Valid) : null;
        if (module == "Conv1d")
        {
            long k = Longs(args.GetProperty("kernel_size"))[0], s = Longs(args.GetProperty("stride"))[0], d = Longs(args.GetProperty("dilation"))[0];
            return named is { } type
                ? Conv1d(inChannels, outChannels, k, type, s, d, mode, groups, bias)
                : Conv1d(inChannels, outChannels, k, s, Longs(padding)[0], d, mode, groups, bias);
        }
        return named is { } t
            ? Conv2d(inChannels, outChannels, Pair(args, "kernel_size"), t, Pair(args, "stride"), Pair(args, "dilation"), mode, groups, bias)
            : Conv2d(inChannels, outChannels, Pair(args, "kernel_size"), Pair(args, "stride"), Pair(args, "padding"), Pair(args, "dilation"), mode,
                groups, bias);
    }
}
