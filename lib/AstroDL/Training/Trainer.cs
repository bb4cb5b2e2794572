using System.Diagnostics;
using static AstroDL.torch;

namespace AstroDL.Training;

/// <summary>
/// Keras-style training for the lectures that use compile/fit/evaluate/predict: a model, an optimizer and a
/// loss, trained on tensors in minibatches. The plain PyTorch loop stays available for the lectures that write it.
/// </summary>
public sealed class Trainer
{
    private readonly bool trackAccuracy;

    public Trainer(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, nn.Module<Tensor, Tensor, Tensor> loss, IEnumerable<string>? metrics = null)
    {
        Model = model;
        Optimizer = optimizer;
        Loss = loss;
        foreach (var metric in metrics ?? [])
        {
            if (metric != "accuracy")
                throw new ArgumentException($"Trainer: unknown metric '{metric}'; the supported metric is 'accuracy'.");
            trackAccuracy = true;
        }
    }

    public nn.Module<Tensor, Tensor> Model { get; }
    public optim.Optimizer Optimizer { get; }
    public nn.Module<Tensor, Tensor, Tensor> Loss { get; }

    /// <summary>Called after every optimizer step with the global step number and that batch's loss (for live plots).</summary>
    public Action<int, double>? OnBatchEnd { get; set; }

    /// <summary>Called after every epoch with its number (0-based) and its logs (loss, accuracy, val_loss, val_accuracy).</summary>
    public Action<int, IReadOnlyDictionary<string, double>>? OnEpochEnd { get; set; }

    /// <summary>
    /// Trains for the given epochs. Validation comes from validation_data, or else from the last
    /// validation_split fraction of x (taken before shuffling, as Keras does). Returns the per-epoch history.
    /// verbose: 0 silent; 1 a live progress display and loss curve in a notebook, a progress bar in a terminal,
    /// one line per epoch when output is redirected; 2 one line per epoch.
    /// </summary>
    public History fit(Tensor x, Tensor y, int epochs = 1, int batch_size = 32, (Tensor x, Tensor y)? validation_data = null,
        double validation_split = 0, EarlyStopping? early_stopping = null, bool shuffle = true, Generator? generator = null, int verbose = 1)
    {
        CheckPair("fit", x, y);
        if (validation_split is < 0 or >= 1)
            throw new ArgumentException($"fit: validation_split must be in [0, 1), got {validation_split}.");
        if (validation_data is null && validation_split > 0)
        {
            long validationCount = (long)Math.Round(x.size(0) * validation_split);
            long trainCount = x.size(0) - validationCount;
            validation_data = (x.narrow(0, trainCount, validationCount), y.narrow(0, trainCount, validationCount));
            (x, y) = (x.narrow(0, 0, trainCount), y.narrow(0, 0, trainCount));
        }
        if (early_stopping is not null && early_stopping.Monitor.StartsWith("val_", StringComparison.Ordinal) && validation_data is null)
            throw new ArgumentException($"fit: early stopping monitors '{early_stopping.Monitor}' but there is no validation data; pass validation_data or validation_split.");

        var trainingCount = x.size(0);
        var progress = FitProgress.Create(verbose, epochs, (int)((trainingCount + batch_size - 1) / Math.Max(1, batch_size)));
        return progress.Run(() => Train(x, y, epochs, batch_size, validation_data, early_stopping, shuffle, generator, progress));
    }

    private History Train(Tensor x, Tensor y, int epochs, int batch_size, (Tensor x, Tensor y)? validation_data,
        EarlyStopping? early_stopping, bool shuffle, Generator? generator, FitProgress progress)
    {
        var history = new History();
        var best = early_stopping is { HigherIsBetter: true } ? double.NegativeInfinity : double.PositiveInfinity;
        Dictionary<string, Tensor>? bestWeights = null;
        int sinceImprovement = 0, step = 0;
        double lastFinite = double.NaN;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            Model.train();
            double lossSum = 0, correct = 0;
            long seen = 0;
            int batchIndex = 0;
            foreach (var batch in Batches(x.size(0), batch_size, shuffle, generator))
            {
                using var scope = NewDisposeScope();
                var (bx, by) = (x.index_select(0, batch), y.index_select(0, batch));
                Optimizer.zero_grad();
                var output = Model.forward(bx);
                var loss = Loss.forward(output, by);
                double value = loss.ToDouble();
                step++;
                if (!double.IsFinite(value)) throw new TrainingDivergedException(step, epoch, value, lastFinite);
                lastFinite = value;
                loss.backward();
                Optimizer.step();
                long n = bx.size(0);
                lossSum += value * n;
                seen += n;
                if (trackAccuracy) correct += Metrics.accuracy(output, by) * n;
                OnBatchEnd?.Invoke(step, value);
                progress.OnBatch(epoch, batchIndex++, value);
            }
            var logs = new Dictionary<string, double> { ["loss"] = lossSum / seen };
            if (trackAccuracy) logs["accuracy"] = correct / seen;
            if (validation_data is { } v)
            {
                foreach (var (name, value) in evaluate(v.x, v.y)) logs["val_" + name] = value;
            }
            history.Add(logs);
            OnEpochEnd?.Invoke(epoch, logs);
            progress.OnEpoch(epoch, logs, clock.Elapsed);

            if (early_stopping is null)
            {
                history.BestEpoch = epoch;
                continue;
            }
            if (!logs.TryGetValue(early_stopping.Monitor, out var monitored))
                throw new ArgumentException($"fit: early stopping monitors '{early_stopping.Monitor}', which is not logged; logged: {string.Join(", ", logs.Keys)}.");
            if (early_stopping.Improves(monitored, best))
            {
                best = monitored;
                history.BestEpoch = epoch;
                sinceImprovement = 0;
                if (early_stopping.RestoreBestWeights) bestWeights = Snapshot();
            }
            else if (++sinceImprovement >= early_stopping.Patience)
            {
                history.StoppedEarly = true;
                progress.OnMessage($"Early stopping: {early_stopping.Monitor} has not improved for {early_stopping.Patience} epochs; best epoch {history.BestEpoch + 1}.");
                break;
            }
        }
        if (bestWeights is not null) Model.load_state_dict(bestWeights);
        if (early_stopping is { RestoreBestWeights: false }) history.BestEpoch = history.Epochs - 1;
        return history;
    }

    /// <summary>The mean loss (and accuracy, when compiled with it) over a data set, in evaluation mode.</summary>
    public Dictionary<string, double> evaluate(Tensor x, Tensor y, int batch_size = 256)
    {
        CheckPair("evaluate", x, y);
        Model.eval();
        double lossSum = 0, correct = 0;
        long seen = 0;
        using (no_grad())
        {
            foreach (var batch in Batches(x.size(0), batch_size, shuffle: false, generator: null))
            {
                using var scope = NewDisposeScope();
                var (bx, by) = (x.index_select(0, batch), y.index_select(0, batch));
                var output = Model.forward(bx);
                long n = bx.size(0);
                lossSum += Loss.forward(output, by).ToDouble() * n;
                if (trackAccuracy) correct += Metrics.accuracy(output, by) * n;
                seen += n;
            }
        }
        var result = new Dictionary<string, double> { ["loss"] = lossSum / seen };
        if (trackAccuracy) result["accuracy"] = correct / seen;
        return result;
    }

    /// <summary>The model's outputs for x, computed in evaluation mode and in batches.</summary>
    public Tensor predict(Tensor x, int batch_size = 256)
    {
        Model.eval();
        using var _ = no_grad();
        var outputs = new List<Tensor>();
        foreach (var batch in Batches(x.size(0), batch_size, shuffle: false, generator: null))
            outputs.Add(Model.forward(x.index_select(0, batch)));
        return cat(outputs, 0);
    }

    private static IEnumerable<Tensor> Batches(long count, int batchSize, bool shuffle, Generator? generator)
    {
        if (batchSize <= 0) throw new ArgumentException($"batch_size must be positive, got {batchSize}.");
        var order = shuffle ? randperm(count, generator) : arange(count);
        for (long start = 0; start < count; start += batchSize)
            yield return order.narrow(0, start, Math.Min(batchSize, count - start));
    }

    private static void CheckPair(string op, Tensor x, Tensor y)
    {
        if (x.ndim == 0 || y.ndim == 0 || x.size(0) != y.size(0))
            throw new ArgumentException($"{op}: inputs {x.ShapeText} and targets {y.ShapeText} must have the same number of examples in dimension 0.");
        if (x.size(0) == 0) throw new ArgumentException($"{op}: the data set is empty.");
    }

    private Dictionary<string, Tensor> Snapshot()
    {
        using var _ = no_grad();
        return Model.state_dict().ToDictionary(e => e.Key, e => e.Value.clone().DetachFromDisposeScope());
    }
}

/// <summary>model.compile(...) as in Keras: binds an optimizer, a loss and metrics to a model.</summary>
public static class CompileExtensions
{
    public static Trainer compile(this nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, nn.Module<Tensor, Tensor, Tensor> loss, params string[] metrics) =>
        new(model, optimizer, loss, metrics);
}
