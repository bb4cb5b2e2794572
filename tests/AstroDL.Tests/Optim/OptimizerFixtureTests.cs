using System.Text.Json;
using AstroDL.Modules;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;

namespace AstroDL.Tests.Optim;

/// <summary>Replays the gradients of optimizers.json and compares the parameters with PyTorch's after every step.</summary>
public class OptimizerFixtureTests
{
    private const string File = "optimizers.json";

    public static IEnumerable<object[]> Names => PyTorchFixtures.CaseNames(File);

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesPyTorch(string name)
    {
        var c = PyTorchFixtures.Case(File, name);
        var parameters = c.GetProperty("params0").EnumerateArray().Select(e => new Parameter(PyTorchFixtures.ToTensor(e))).ToList();
        var optimizer = Create(c.GetProperty("optimizer").GetString()!, c.GetProperty("args"), parameters);
        var grads = c.GetProperty("grads").EnumerateArray().ToArray();
        var expected = c.GetProperty("params").EnumerateArray().ToArray();
        Assert.Equal(5, expected.Length);
        for (int step = 0; step < expected.Length; step++)
        {
            var stepGrads = grads[step].EnumerateArray().ToArray();
            for (int i = 0; i < parameters.Count; i++) parameters[i].grad = PyTorchFixtures.ToTensor(stepGrads[i]);
            optimizer.step();
            var stepExpected = expected[step].EnumerateArray().ToArray();
            for (int i = 0; i < parameters.Count; i++)
                PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(stepExpected[i]), parameters[i], 1e-5, 1e-5, $"{name}, step {step + 1}, parameter {i}");
        }
    }

    /// <summary>Builds the optimizer from PyTorch's keyword arguments; an argument it does not know fails the test.</summary>
    private static optim.Optimizer Create(string kind, JsonElement args, IEnumerable<Parameter> ps)
    {
        var used = new HashSet<string>();
        double D(string key, double fallback)
        {
            used.Add(key);
            return args.TryGetProperty(key, out var v) ? v.GetDouble() : fallback;
        }
        bool B(string key)
        {
            used.Add(key);
            return args.TryGetProperty(key, out var v) && v.GetBoolean();
        }
        double Beta(int i, double fallback)
        {
            used.Add("betas");
            return args.TryGetProperty("betas", out var v) ? v[i].GetDouble() : fallback;
        }

        optim.Optimizer optimizer = kind switch
        {
            "SGD" => optim.SGD(ps, D("lr", double.NaN), D("momentum", 0), D("dampening", 0), D("weight_decay", 0), B("nesterov"), B("maximize")),
            "Adagrad" => optim.Adagrad(ps, D("lr", 0.01), D("lr_decay", 0), D("weight_decay", 0), D("initial_accumulator_value", 0), D("eps", 1e-10)),
            "Adadelta" => optim.Adadelta(ps, D("lr", 1.0), D("rho", 0.9), D("eps", 1e-6), D("weight_decay", 0)),
            "RMSprop" => optim.RMSprop(ps, D("lr", 0.01), D("alpha", 0.99), D("eps", 1e-8), D("weight_decay", 0), D("momentum", 0), B("centered")),
            "Adam" => optim.Adam(ps, D("lr", 1e-3), Beta(0, 0.9), Beta(1, 0.999), D("eps", 1e-8), D("weight_decay", 0), B("amsgrad"), B("maximize")),
            "AdamW" => optim.AdamW(ps, D("lr", 1e-3), Beta(0, 0.9), Beta(1, 0.999), D("eps", 1e-8), D("weight_decay", 0.01), B("amsgrad"), B("maximize")),
            _ => throw new ArgumentException($"no C# optimizer for fixture optimizer '{kind}'"),
        };
        var unknown = args.EnumerateObject().Select(p => p.Name).Where(n => !used.Contains(n)).ToList();
        Assert.True(unknown.Count == 0, $"{kind}: fixture arguments not passed on: {string.Join(", ", unknown)}");
        return optimizer;
    }
}
