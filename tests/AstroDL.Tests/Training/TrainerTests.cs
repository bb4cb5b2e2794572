using AstroDL;
using AstroDL.Training;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.Training;

public class TrainerTests
{
    [Fact]
    public void MlpLearnsXorWithAdam()
    {
        manual_seed(0);
        var x = tensor(new float[] { 0, 0, 0, 1, 1, 0, 1, 1 }, [4, 2]);
        var y = tensor(new float[] { 0, 1, 1, 0 }, [4, 1]);
        var model = Sequential(Linear(2, 8), Tanh(), Linear(8, 1));
        var trainer = model.compile(optim.Adam(model.parameters(), lr: 0.05), BCEWithLogitsLoss(), "accuracy");

        var history = trainer.fit(x, y, epochs: 300, batch_size: 4, verbose: 0);

        Assert.Equal(1.0, history["accuracy"][^1]);
        Assert.True(history["loss"][^1] < 0.05, $"final loss {history["loss"][^1]}");
        Assert.Equal(new long[] { 0, 1, 1, 0 }, Metrics.predicted_classes(trainer.predict(x)).data<long>().ToArray());
    }

    [Fact]
    public void TorchSharpStyleLoopTrainsA784x128x10MlpToHighAccuracy()
    {
        manual_seed(0);
        var (x, y) = SyntheticClasses.Make(4000, seed: 3, noise: 4.0);
        var (testX, testY) = SyntheticClasses.Make(1000, seed: 4, noise: 4.0);
        var model = Sequential(Linear(784, 128), ReLU(), Linear(128, 10));
        var optimizer = optim.Adam(model.parameters());
        var loss = CrossEntropyLoss();
        var loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batchSize: 64, shuffle: true, seed: 0);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            model.train();
            foreach (var (data, target) in loader)
            {
                using var scope = NewDisposeScope();
                optimizer.zero_grad();
                var output = loss.forward(model.forward(data), target);
                output.backward();
                optimizer.step();
            }
        }
        model.eval();
        using var _ = no_grad();
        double accuracy = model.forward(testX).argmax(1).eq(testY).sum().ToInt32() / 1000.0;
        Assert.True(accuracy >= 0.97, $"accuracy {accuracy:P2}");
    }

    [Fact]
    public void FitRecordsValidationAndStopsEarlyRestoringTheBestWeights()
    {
        manual_seed(0);
        // Few noisy examples and a big network: validation loss turns up quickly.
        var (x, y) = SyntheticClasses.Make(200, seed: 5, noise: 6.0, features: 64);
        var (vx, vy) = SyntheticClasses.Make(200, seed: 6, noise: 6.0, features: 64);
        var model = Sequential(Linear(64, 256), ReLU(), Linear(256, 10));
        var trainer = model.compile(optim.Adam(model.parameters(), lr: 0.01), CrossEntropyLoss(), "accuracy");

        var history = trainer.fit(x, y, epochs: 200, batch_size: 32, validation_data: (vx, vy),
            early_stopping: new EarlyStopping("val_loss", patience: 3), verbose: 0);

        Assert.True(history.StoppedEarly);
        Assert.True(history.Epochs < 200);
        Assert.Equal(history.BestEpoch + 4, history.Epochs);
        var best = history["val_loss"].Min();
        Assert.Equal(best, history["val_loss"][history.BestEpoch]);
        Assert.Equal(best, trainer.evaluate(vx, vy)["loss"], 5);
        Assert.Contains("val_accuracy", history.Keys);
    }

    [Fact]
    public void NaNLossStopsFitWithTheStepAndLastFiniteLoss()
    {
        manual_seed(0);
        var x = randn(64, 4);
        var y = randn(64, 1);
        var model = Sequential(Linear(4, 1));
        var trainer = model.compile(optim.SGD(model.parameters(), lr: 1e6), MSELoss());

        var error = Assert.Throws<TrainingDivergedException>(() => trainer.fit(x, y, epochs: 50, batch_size: 16, verbose: 0));

        Assert.True(error.Step > 1);
        Assert.True(double.IsFinite(error.LastFiniteLoss));
        Assert.Contains($"at step {error.Step}", error.Message);
        Assert.Contains("last finite loss", error.Message);
    }

    [Fact]
    public void ConfusionMatrixCountsTrueAgainstPredicted()
    {
        var truth = tensor(new long[] { 0, 1, 2, 2, 1 });
        var predicted = tensor(new long[] { 0, 2, 2, 2, 1 });

        var counts = Metrics.confusion_matrix(truth, predicted, 3);

        Assert.Equal(new long[,] { { 1, 0, 0 }, { 0, 1, 1 }, { 0, 0, 2 } }, counts);
    }

    [Fact]
    public void AccuracyReadsOneHotTargetsAsTheirArgmax()
    {
        var output = tensor(new float[] { 0.9f, 0.1f, 0.2f, 0.3f, 0.6f, 0.1f, 0.1f, 0.2f, 0.7f, 0.5f, 0.4f, 0.1f }, [4, 3]);
        var oneHot = functional.one_hot(tensor(new long[] { 0, 1, 1, 0 }), 3).to_type(ScalarType.Float32);

        Assert.Equal(0.75, Metrics.accuracy(output, oneHot));
        Assert.Equal(0.75, Metrics.accuracy(output, tensor(new long[] { 0, 1, 1, 0 })));
    }

    [Fact]
    public void FitWithMseOnOneHotTargetsRecordsAccuracy()
    {
        manual_seed(0);
        var x = tensor(new float[] { 0, 0, 0, 1, 1, 0, 1, 1 }, [4, 2]);
        var y = functional.one_hot(tensor(new long[] { 0, 1, 1, 0 }), 2).to_type(ScalarType.Float32);
        var model = Sequential(Linear(2, 8), Tanh(), Linear(8, 2), Sigmoid());
        var trainer = model.compile(optim.Adam(model.parameters(), lr: 0.05), MSELoss(), "accuracy");

        var history = trainer.fit(x, y, epochs: 300, batch_size: 4, validation_data: (x, y), verbose: 0);

        Assert.Equal(1.0, history["accuracy"][^1]);
        Assert.Equal(1.0, history["val_accuracy"][^1]);
    }
}
