using AstroDL;
using AstroDL.Examples;
using AstroDL.Examples.MNIST;
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
}
