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
        var optimizer = optim.SGD([p], c.GetProperty("base_lr").GetDouble());
        var scheduler = c.GetProperty("scheduler").GetString() switch
        {
            "StepLR" => optim.lr_scheduler.StepLR(optimizer, args.GetProperty("step_size").GetInt32(), args.GetProperty("gamma").GetDouble()),
            "ExponentialLR" => optim.lr_scheduler.ExponentialLR(optimizer, args.GetProperty("gamma").GetDouble()),
            "CosineAnnealingLR" => optim.lr_scheduler.CosineAnnealingLR(optimizer, args.GetProperty("T_max").GetInt32(), args.GetProperty("eta_min").GetDouble()),
            var other => throw new ArgumentException($"no C# scheduler for fixture scheduler '{other}'"),
        };
        var expected = c.GetProperty("lrs").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (int epoch = 0; epoch < expected.Length; epoch++)
        {
            if (epoch > 0)
            {
                optimizer.step();
                scheduler.step();
            }
            Assert.True(Math.Abs(optimizer.param_groups[0].lr - expected[epoch]) <= 1e-12, $"{name}, epoch {epoch}: lr {optimizer.param_groups[0].lr}, expected {expected[epoch]}");
            Assert.Equal(optimizer.ParamGroups[0].LearningRate, scheduler.get_last_lr().Single());
        }
    }
}
