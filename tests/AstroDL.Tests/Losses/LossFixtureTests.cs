using System.Text.Json;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.Losses;

/// <summary>Every case of losses.json: the loss module's value and input gradient match PyTorch (float64).</summary>
public class LossFixtureTests
{
    private const string File = "losses.json";

    public static IEnumerable<object[]> Names => PyTorchFixtures.CaseNames(File);

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesPyTorch(string name)
    {
        var c = PyTorchFixtures.Case(File, name);
        var input = PyTorchFixtures.ToTensor(c.GetProperty("input")).requires_grad_();
        var targetType = c.GetProperty("target_dtype").GetString() == "int64" ? ScalarType.Int64 : ScalarType.Float64;
        var target = PyTorchFixtures.ToTensor(c.GetProperty("target"), targetType);

        var output = Create(c).call(input, target);
        output.mul(PyTorchFixtures.ToTensor(c.GetProperty("grad_output"))).sum().backward();

        PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(c.GetProperty("output")), output, what: $"{name} output");
        PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(c.GetProperty("grad_input")), input.grad!, what: $"{name} grad_input");
    }

    /// <summary>The module the case names, built through the torch.nn factories with the case's arguments.</summary>
    private static Loss<Tensor, Tensor, Tensor> Create(JsonElement c)
    {
        var args = c.GetProperty("args");
        var reduction = c.GetProperty("reduction").GetString() switch
        {
            "none" => Reduction.None,
            "mean" => Reduction.Mean,
            "sum" => Reduction.Sum,
            var other => throw new InvalidDataException($"unknown reduction '{other}'"),
        };
        double Number(string key, double fallback) => args.TryGetProperty(key, out var v) ? v.GetDouble() : fallback;
        Tensor? Vector(string key) =>
            args.TryGetProperty(key, out var v) ? tensor(v.EnumerateArray().Select(e => e.GetDouble()).ToArray()) : null;

        return c.GetProperty("loss").GetString() switch
        {
            "MSELoss" => MSELoss(reduction),
            "L1Loss" => L1Loss(reduction),
            "SmoothL1Loss" => SmoothL1Loss(reduction, Number("beta", 1.0)),
            "NLLLoss" => NLLLoss(Vector("weight"), reduction),
            "CrossEntropyLoss" => CrossEntropyLoss(Vector("weight"), reduction: reduction, label_smoothing: Number("label_smoothing", 0.0)),
            "BCELoss" => BCELoss(Vector("weight"), reduction),
            "BCEWithLogitsLoss" => BCEWithLogitsLoss(Vector("weight"), reduction, pos_weights: Vector("pos_weight")),
            "HingeEmbeddingLoss" => HingeEmbeddingLoss(Number("margin", 1.0), reduction),
            "SoftMarginLoss" => SoftMarginLoss(reduction),
            "MultiMarginLoss" => MultiMarginLoss((int)Number("p", 1), Number("margin", 1.0), Vector("weight"), reduction),
            var other => throw new InvalidDataException($"no loss module for '{other}'"),
        };
    }

    [Fact]
    public void ModulesReduceAsConstructedAndCallForward()
    {
        // Picked log-probabilities: -1.5 (row 0, class 1) and -2.0 (row 1, class 0).
        var prediction = tensor(new double[] { -0.5, -1.5, -2.0, -0.1 }, [2, 2]);
        var target = tensor(new long[] { 1, 0 });
        var loss = NLLLoss(reduction: Reduction.Mean);
        Assert.Equal(Reduction.Mean, loss.reduction);
        Assert.Equal(1.75, loss.forward(prediction, target).item<double>(), 12);
        Assert.Equal(3.5, NLLLoss(reduction: nn.Reduction.Sum).call(prediction, target).item<double>(), 12);
        Assert.Equal(new long[] { 2 }, NLLLoss(reduction: Reduction.None).call(prediction, target).shape);
    }

    [Fact]
    public void ClassWeightIsABufferOfTheModule()
    {
        var weight = tensor(new double[] { 1, 2, 3 });
        var loss = CrossEntropyLoss(weight);
        Assert.Same(weight, loss.weight);
        Assert.Same(weight, Assert.Single(loss.buffers()));
    }
}
