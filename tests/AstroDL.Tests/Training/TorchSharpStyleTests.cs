using AstroDL;
using AstroDL.Examples;
using AstroDL.Examples.MNIST;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;

namespace AstroDL.Tests.Training;

/// <summary>The TorchSharp-shaped sample (samples/TorchSharpStyle) compiles against the kit and trains.</summary>
public class TorchSharpStyleTests
{
    [Fact]
    public void MnistShapedModelAndLoopsTrainToHighAccuracy()
    {
        random.manual_seed(1);
        // Few samples keep the convolutional model quick; per-pixel noise 1.5 times the prototypes' scale keeps it a real task.
        var (trainX, trainY) = SyntheticClasses.Make(640, seed: 1, noise: 1.5);
        var (testX, testY) = SyntheticClasses.Make(320, seed: 2, noise: 1.5);
        var train = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(trainX.reshape(-1, 1, 28, 28), trainY), batchSize: 64, shuffle: true, seed: 1);
        var test = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(testX.reshape(-1, 1, 28, 28), testY), batchSize: 128);
        var model = new Model("model", torch.CPU);
        var checkpoint = Path.Combine(Path.GetTempPath(), $"astrodl-mnist-{Guid.NewGuid():N}.safetensors");
        try
        {
            double accuracy = MnistTraining.TrainingLoop(2, model, train, 640, test, 320, checkpoint);

            Assert.True(accuracy > 0.95, $"test accuracy {accuracy:P2}");
            var restored = new Model("restored");
            restored.load(checkpoint);
            restored.eval();
            model.eval();
            using (no_grad())
            {
                var batch = testX.narrow(0, 0, 16).reshape(-1, 1, 28, 28);
                Assert.True(model.forward(batch).equal(restored.forward(batch)));
            }
        }
        finally
        {
            File.Delete(checkpoint);
        }
    }

    [Fact]
    public void MnistModelGradientMatchesADirectionalFiniteDifference()
    {
        random.manual_seed(2);
        var model = new Model("model").to(float64);
        var names = model.named_parameters().Select(p => p.name).ToArray();
        Assert.Equal(["conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"], names);
        Assert.Equal([64L, 32, 3, 3], model.named_parameters().Single(p => p.name == "conv2.weight").parameter.shape);

        // Evaluation mode turns dropout off, so the loss is a fixed function of the parameters.
        model.eval();
        var x = randn([4, 1, 28, 28], float64, generator: new Generator(3));
        var target = tensor(new long[] { 3, 1, 4, 1 });
        var loss = nn.NLLLoss();
        var output = model.forward(x);
        Assert.Equal([4L, 10], output.shape);
        PyTorchFixtures.AssertClose(ones([4], float64), output.exp().sum(1), "log-softmax rows as probabilities");
        loss.forward(output, target).backward();

        // d/dt loss(θ + t·d) at t = 0 is Σ grad·d: compare with a central difference along one random direction d. The step
        // is tiny so that no ReLU or max-pool choice among the ~150,000 in the model flips within it.
        var parameters = model.parameters().ToArray();
        var directions = parameters.Select((p, i) => randn(p.shape, float64, generator: new Generator((ulong)(10 + i)))).ToArray();
        double analytic = parameters.Zip(directions, (p, d) => p.grad!.mul(d).sum().ToDouble()).Sum();
        const double eps = 1e-8;
        double LossAt(double t)
        {
            using var _ = no_grad();
            for (int i = 0; i < parameters.Length; i++) parameters[i].add_(directions[i].mul(t));
            double value = loss.forward(model.forward(x), target).ToDouble();
            for (int i = 0; i < parameters.Length; i++) parameters[i].sub_(directions[i].mul(t));
            return value;
        }
        double numeric = (LossAt(eps) - LossAt(-eps)) / (2 * eps);
        Assert.True(Math.Abs(analytic - numeric) <= 1e-6 * Math.Max(1, Math.Abs(numeric)), $"analytic {analytic}, numeric {numeric}");
    }

    [Fact]
    public void MnistModelTrainsOneFloat32StepWithDropout()
    {
        random.manual_seed(4);
        var model = new Model("model");
        var x = randn(8, 1, 28, 28);
        var target = randint(0, 10, [8]);
        var optimizer = optim.SGD(model.parameters(), 0.05);
        var loss = nn.NLLLoss();
        double EvalLoss()
        {
            using var _ = no_grad();
            model.eval();
            double value = loss.forward(model.forward(x), target).ToDouble();
            model.train();
            return value;
        }
        double before = EvalLoss();
        loss.forward(model.forward(x), target).backward();
        foreach (var (name, p) in model.named_parameters())
        {
            Assert.NotNull(p.grad);
            double size = p.grad.abs().sum().ToDouble();
            Assert.True(double.IsFinite(size) && size > 0, $"{name} has gradient size {size}");
        }
        optimizer.step();
        double after = EvalLoss();
        Assert.True(after < before, $"one SGD step did not lower the loss: {before} -> {after}");
    }
}
