using AstroDL.Modules;
using static AstroDL.torch;

namespace AstroDL.Tests.Optim;

public class OptimizerBehaviourTests
{
    private static Parameter Scalar(double value) => new(tensor(new[] { value }));

    /// <summary>Each optimizer class with settings that converge on (x − 3)² from x = 0.</summary>
    private static readonly Dictionary<string, (Func<IEnumerable<Parameter>, optim.Optimizer> create, int steps)> Minimisers = new()
    {
        ["SGD"] = (ps => optim.SGD(ps, 0.1, momentum: 0.5), 200),
        ["Adagrad"] = (ps => optim.Adagrad(ps, lr: 1.0), 500),
        ["Adadelta"] = (ps => optim.Adadelta(ps, lr: 10.0), 2000),
        ["RMSProp"] = (ps => optim.RMSProp(ps, lr: 0.01), 2000),
        ["Adam"] = (ps => optim.Adam(ps, lr: 0.1), 1000),
        ["AdamW"] = (ps => optim.AdamW(ps, lr: 0.1, weight_decay: 0), 1000),
    };

    public static IEnumerable<object[]> MinimiserNames => Minimisers.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(MinimiserNames))]
    public void MinimisesAQuadratic(string name)
    {
        var (create, steps) = Minimisers[name];
        var x = Scalar(0);
        var optimizer = create([x]);
        Assert.Equal(name, optimizer.GetType().Name);
        for (int i = 0; i < steps; i++)
        {
            optimizer.zero_grad();
            var loss = (x - 3).square().sum();
            loss.backward();
            optimizer.step();
        }
        Assert.True(Math.Abs(x.item<double>() - 3) < 1e-3, $"{name}: x = {x.item<double>()} after {steps} steps, expected 3 ± 1e-3");
    }

    [Fact]
    public void ZeroGradSetsGradientsToNullOrZero()
    {
        var a = Scalar(1);
        var b = Scalar(2);
        var optimizer = optim.SGD([a, b], 0.1);
        (a * b).sum().backward();
        optimizer.zero_grad(set_to_none: false);
        Assert.Equal([0.0], a.grad!.data<double>().ToArray());
        optimizer.zero_grad();
        Assert.Null(a.grad);
        Assert.Null(b.grad);
    }

    [Fact]
    public void ParameterWithoutGradientIsSkipped()
    {
        var withGrad = Scalar(1);
        var without = Scalar(5);
        var optimizer = optim.Adam([withGrad, without], lr: 0.1);
        withGrad.grad = tensor(new[] { 2.0 });
        optimizer.step();
        Assert.NotEqual(1.0, withGrad.item<double>());
        Assert.Equal(5.0, without.item<double>());
        Assert.False(optimizer.state.ContainsKey(without));
        Assert.Equal(1, optimizer.state[withGrad].step);
    }

    [Fact]
    public void StateSurvivesADisposeScopeAroundTheStep()
    {
        var scoped = new Parameter(tensor(new[] { 0.5, -1.0 }));
        var plain = new Parameter(tensor(new[] { 0.5, -1.0 }));
        var scopedOptimizer = optim.Adam([scoped], lr: 0.1, amsgrad: true);
        var plainOptimizer = optim.Adam([plain], lr: 0.1, amsgrad: true);
        for (int i = 0; i < 3; i++)
        {
            using (NewDisposeScope())
            {
                scopedOptimizer.zero_grad();
                (scoped * scoped).sum().backward();
                scopedOptimizer.step();
            }
            plainOptimizer.zero_grad();
            (plain * plain).sum().backward();
            plainOptimizer.step();
        }
        foreach (var t in scopedOptimizer.state[scoped].Tensors.Values) Assert.False(t.IsInvalid);
        Assert.Equal(plain.data<double>().ToArray(), scoped.data<double>().ToArray());
    }

    [Fact]
    public void SgdMomentumBufferSurvivesADisposeScope()
    {
        var p = Scalar(1);
        var optimizer = optim.SGD([p], 0.1, momentum: 0.9);
        using (NewDisposeScope())
        {
            p.grad = tensor(new[] { 1.0 });
            optimizer.step();
        }
        p.grad = tensor(new[] { 1.0 });
        optimizer.step();
        // Steps of 0.1·1 and then 0.1·(0.9·1 + 1).
        Assert.Equal(1 - 0.1 - 0.19, p.item<double>(), 12);
    }

    [Fact]
    public void ClearErrorsForBadArguments()
    {
        var p = Scalar(1);
        Assert.Contains("optimizer got an empty parameter list", Assert.Throws<ArgumentException>(() => optim.Adam([])).Message);
        Assert.Contains("invalid learning rate -1", Assert.Throws<ArgumentException>(() => optim.SGD([p], -1)).Message);
        Assert.Contains("beta2", Assert.Throws<ArgumentException>(() => optim.Adam([p], beta2: 1.5)).Message);
        Assert.Contains("Nesterov", Assert.Throws<ArgumentException>(() => optim.SGD([p], 0.1, nesterov: true)).Message);
        Assert.Contains("more than once", Assert.Throws<ArgumentException>(() => optim.SGD([p, p], 0.1)).Message);
        var optimizer = optim.SGD([p], 0.1);
        Assert.Throws<ArgumentException>(() => optimizer.param_groups[0].lr = -0.5);
    }

    [Fact]
    public void LearningRateSetOnTheGroupIsUsed()
    {
        var p = Scalar(1);
        var optimizer = optim.SGD([p], 0.1);
        optimizer.ParamGroups[0].LearningRate = 0.5;
        p.grad = tensor(new[] { 1.0 });
        optimizer.step();
        Assert.Equal(0.5, p.item<double>(), 12);
    }

    [Fact]
    public void StepReturnsTheClosureLoss()
    {
        var x = Scalar(0);
        var optimizer = optim.SGD([x], 0.25);
        var loss = optimizer.step(() =>
        {
            optimizer.zero_grad();
            var l = (x - 3).square().sum();
            l.backward();
            return l;
        });
        Assert.Equal(9.0, loss!.item<double>());
        Assert.Equal(1.5, x.item<double>(), 12);
    }

    [Fact]
    public void LoadedStateContinuesTheSameTrajectory()
    {
        var a = new Parameter(tensor(new[] { 1.0, 2.0 }));
        var b = new Parameter(tensor(new[] { 1.0, 2.0 }));
        var first = optim.Adam([a], lr: 0.1);
        var grad = tensor(new[] { 0.3, -0.7 });
        for (int i = 0; i < 3; i++)
        {
            a.grad = grad;
            first.step();
        }
        using (no_grad()) b.copy_(a);
        var second = optim.Adam([b], lr: 0.01);
        second.load_state_dict(first.state_dict());
        first.load_state_dict(first.state_dict());
        Assert.Equal(0.1, second.param_groups[0].lr);
        a.grad = grad;
        b.grad = grad;
        first.step();
        second.step();
        Assert.Equal(a.data<double>().ToArray(), b.data<double>().ToArray());
        Assert.Equal(4, second.state[b].step);
        Assert.Throws<ArgumentException>(() => optim.SGD([b], 0.1).load_state_dict(first.state_dict()));
    }

    [Fact]
    public void SchedulersChainOnTheCurrentRate()
    {
        var p = Scalar(0);
        var optimizer = optim.SGD([p], 1.0);
        var decay = optim.lr_scheduler.ExponentialLR(optimizer, 0.5);
        var step = optim.lr_scheduler.StepLR(optimizer, 2, 0.1);
        decay.step();
        step.step();
        Assert.Equal(0.5, optimizer.param_groups[0].lr, 12);
        decay.step();
        step.step();
        Assert.Equal(0.025, optimizer.param_groups[0].lr, 12);
        Assert.Equal(1.0, optimizer.param_groups[0].InitialLearningRate);
    }

    [Fact]
    public void ClipGradValueClampsEachElement()
    {
        var p = new Parameter(tensor(new[] { 0.0, 0.0, 0.0 }));
        var q = Scalar(0);
        p.grad = tensor(new[] { -3.0, 0.2, 5.0 });
        nn.utils.clip_grad_value_([p, q], 1.0);
        Assert.Equal([-1.0, 0.2, 1.0], p.grad.data<double>().ToArray());
        Assert.Null(q.grad);
        Assert.Equal(0.0, nn.utils.clip_grad_norm_([q], 1.0));
    }
}
