using AstroDL.Modules;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;

namespace AstroDL.Tests.Optim;

/// <summary>The learning rate after 0..9 scheduler steps must match schedulers.json (PyTorch's chainable formulas).</summary>
public class SchedulerFixtureTests
{
    private const string File = "schedulers.json";

    public static IEnumerable<object[]> Names => PyTorchFixtures.CaseNames(File);

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesPyTorch(string name)
    {
        var c = PyTorchFixtures.Case(File, name);
        var args = c.GetProperty("args");
        var p = new Parameter(zeros(1));
        double baseLr = c.GetProperty("base_lr").GetDouble();
        optim.Optimizer optimizer = c.GetProperty("optimizer").GetString() == "Adam" ? optim.Adam([p], baseLr) : optim.SGD([p], baseLr);
        var scheduler = c.GetProperty("scheduler").GetString() switch
        {
            "StepLR" => optim.lr_scheduler.StepLR(optimizer, args.GetProperty("step_size").GetInt32(), args.GetProperty("gamma").GetDouble()),
            "ExponentialLR" => optim.lr_scheduler.ExponentialLR(optimizer, args.GetProperty("gamma").GetDouble()),
            "CosineAnnealingLR" => optim.lr_scheduler.CosineAnnealingLR(optimizer, args.GetProperty("T_max").GetInt32(), args.GetProperty("eta_min").GetDouble()),
            "OneCycleLR" => OneCycle(optimizer, args),
            var other => throw new ArgumentException($"no C# scheduler for fixture scheduler '{other}'"),
        };
        var expected = c.GetProperty("lrs").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var momenta = c.GetProperty("momenta").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (int epoch = 0; epoch < expected.Length; epoch++)
        {
            if (epoch > 0)
            {
                optimizer.step();
                scheduler.step();
            }
            Assert.True(Math.Abs(optimizer.param_groups[0].lr - expected[epoch]) <= 1e-12, $"{name}, epoch {epoch}: lr {optimizer.param_groups[0].lr}, expected {expected[epoch]}");
            Assert.Equal(optimizer.ParamGroups[0].LearningRate, scheduler.get_last_lr().Single());
            double momentum = optimizer.ParamGroups[0].Options switch
            {
                Adam.Options adam => adam.beta1,
                SGD.Options sgd => sgd.momentum,
                var other => throw new ArgumentException($"no momentum in {other.GetType().Name}"),
            };
            Assert.True(Math.Abs(momentum - momenta[epoch]) <= 1e-12, $"{name}, epoch {epoch}: momentum {momentum}, expected {momenta[epoch]}");
        }
    }

    /// <summary>OneCycleLR with the fixture's arguments (PyTorch's defaults for the ones it leaves out).</summary>
    private static optim.lr_scheduler.LRScheduler OneCycle(optim.Optimizer optimizer, System.Text.Json.JsonElement args)
    {
        double Number(string key, double fallback) => args.TryGetProperty(key, out var v) ? v.GetDouble() : fallback;
        int Integer(string key) => args.TryGetProperty(key, out var v) ? v.GetInt32() : -1;
        bool Flag(string key, bool fallback) => args.TryGetProperty(key, out var v) ? v.GetBoolean() : fallback;
        var strategy = args.TryGetProperty("anneal_strategy", out var s) && s.GetString() == "linear"
            ? optim.lr_scheduler.impl.OneCycleLR.AnnealStrategy.Linear
            : optim.lr_scheduler.impl.OneCycleLR.AnnealStrategy.Cos;
        return optim.lr_scheduler.OneCycleLR(optimizer, Number("max_lr", 0), Integer("total_steps"), Integer("epochs"), Integer("steps_per_epoch"),
            Number("pct_start", 0.3), strategy, Flag("cycle_momentum", true), Number("base_momentum", 0.85), Number("max_momentum", 0.95),
            Number("div_factor", 25), Number("final_div_factor", 1e4), Flag("three_phase", false));
    }

    [Fact]
    public void OneCycleRefusesAStepPastItsLengthAndAnOptimizerWithoutMomentum()
    {
        var p = new Parameter(zeros(1));
        var optimizer = optim.SGD([p], 0.1);
        var scheduler = optim.lr_scheduler.OneCycleLR(optimizer, 1.0, total_steps: 2);
        scheduler.step();
        scheduler.step();
        var past = Assert.Throws<InvalidOperationException>(scheduler.step);
        Assert.Contains("2 steps", past.Message);
        var adagrad = optim.Adagrad([new Parameter(zeros(1))], 0.1);
        var noMomentum = Assert.Throws<ArgumentException>(() => optim.lr_scheduler.OneCycleLR(adagrad, 1.0, total_steps: 5));
        Assert.Contains("cycle_momentum: false", noMomentum.Message);
        optim.lr_scheduler.OneCycleLR(adagrad, 1.0, total_steps: 5, cycle_momentum: false);
    }
}
