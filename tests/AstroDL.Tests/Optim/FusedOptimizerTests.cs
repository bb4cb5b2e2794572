using AstroDL.Modules;
using static AstroDL.torch;

namespace AstroDL.Tests.Optim;

/// <summary>
/// The fused optimizer kernels against the update rules written out plainly in float64, over several steps, for
/// every option; lengths that are not a multiple of the vector width check the scalar tail too.
/// </summary>
public class FusedOptimizerTests
{
    private static (Parameter p, float[][] grads) Problem(int length, int steps)
    {
        var rng = new System.Random(length);
        var start = Enumerable.Range(0, length).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var grads = Enumerable.Range(0, steps).Select(_ => Enumerable.Range(0, length).Select(_ => (float)(rng.NextDouble() - 0.5)).ToArray()).ToArray();
        return (new Parameter(tensor(start)), grads);
    }

    private static void AssertNear(double[] expected, Tensor actual, string what)
    {
        var a = actual.data<float>().ToArray();
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(a[i] - expected[i]) <= 1e-5 * (1 + Math.Abs(expected[i])), $"{what}: element {i} is {a[i]}, expected {expected[i]}.");
    }

    public static TheoryData<bool, double, bool, bool, int> AdamCases => new()
    {
        { false, 0, false, false, 19 },
        { false, 0.1, false, false, 35 },
        { true, 0.05, false, false, 35 },
        { false, 0, true, false, 8 },
        { false, 0.02, false, true, 33 },
        { true, 0.01, true, true, 17 },
    };

    [Theory]
    [MemberData(nameof(AdamCases))]
    public void AdamMatchesTheRuleWrittenOut(bool adamW, double decay, bool amsgrad, bool maximize, int length)
    {
        const double lr = 0.01, beta1 = 0.9, beta2 = 0.99, eps = 1e-6;
        var (p, grads) = Problem(length, steps: 6);
        var theta = p.data<float>().ToArray().Select(v => (double)v).ToArray();
        var m = new double[length];
        var v = new double[length];
        var vMax = new double[length];
        using optim.Optimizer opt = adamW
            ? optim.AdamW([p], lr, beta1, beta2, eps, decay, amsgrad, maximize)
            : optim.Adam([p], lr, beta1, beta2, eps, decay, amsgrad, maximize);
        for (int t = 1; t <= grads.Length; t++)
        {
            p.grad = tensor(grads[t - 1]);
            opt.step();
            for (int i = 0; i < length; i++)
            {
                double g = maximize ? -grads[t - 1][i] : grads[t - 1][i];
                if (adamW) theta[i] *= 1 - lr * decay;
                else g += decay * theta[i];
                m[i] = beta1 * m[i] + (1 - beta1) * g;
                v[i] = beta2 * v[i] + (1 - beta2) * g * g;
                vMax[i] = Math.Max(vMax[i], v[i]);
                double second = amsgrad ? vMax[i] : v[i];
                theta[i] -= lr / (1 - Math.Pow(beta1, t)) * m[i] / (Math.Sqrt(second) / Math.Sqrt(1 - Math.Pow(beta2, t)) + eps);
            }
            AssertNear(theta, p, $"step {t}");
        }
        AssertNear(m, opt.state[p].Get("exp_avg")!, "exp_avg");
        AssertNear(v, opt.state[p].Get("exp_avg_sq")!, "exp_avg_sq");
    }

    public static TheoryData<double, double, double, bool, bool, int> SgdCases => new()
    {
        { 0, 0, 0, false, false, 19 },
        { 0.9, 0, 0, false, false, 35 },
        { 0.9, 0.1, 0.01, false, false, 33 },
        { 0.8, 0, 0.05, true, false, 17 },
        { 0.5, 0, 0, false, true, 8 },
    };

    [Theory]
    [MemberData(nameof(SgdCases))]
    public void SgdMatchesTheRuleWrittenOut(double momentum, double dampening, double decay, bool nesterov, bool maximize, int length)
    {
        const double lr = 0.05;
        var (p, grads) = Problem(length, steps: 5);
        var theta = p.data<float>().ToArray().Select(x => (double)x).ToArray();
        var buffer = new double[length];
        using var opt = optim.SGD([p], lr, momentum, dampening, decay, nesterov, maximize);
        for (int t = 1; t <= grads.Length; t++)
        {
            p.grad = tensor(grads[t - 1]);
            opt.step();
            for (int i = 0; i < length; i++)
            {
                double d = (maximize ? -grads[t - 1][i] : grads[t - 1][i]) + decay * theta[i];
                if (momentum != 0)
                {
                    buffer[i] = t == 1 ? d : momentum * buffer[i] + (1 - dampening) * d;
                    d = nesterov ? d + momentum * buffer[i] : buffer[i];
                }
                theta[i] -= lr * d;
            }
            AssertNear(theta, p, $"step {t}");
        }
    }

    [Fact]
    public void AStridedParameterIsUpdatedThroughACopy()
    {
        var data = tensor(new float[] { 1, 2, 3, 4, 5, 6 }, [2, 3]);
        var p = new Parameter(data.t());
        using var opt = optim.SGD([p], lr: 0.5);
        p.grad = ones(3, 2);
        opt.step();
        Assert.Equal(new float[] { 0.5f, 3.5f, 1.5f, 4.5f, 2.5f, 5.5f }, p.data<float>().ToArray());
    }
}
