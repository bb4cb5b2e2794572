namespace AstroDL.Modules;

/// <summary>
/// The hyperparameters of one parameter group. Each optimizer derives its own Options (TorchSharp's
/// shape: <c>Adam.Options</c>); schedulers change only the learning rate.
/// </summary>
public abstract class OptimizerOptions
{
    private double learningRate;

    public double LearningRate
    {
        get => learningRate;
        set
        {
            if (!(value >= 0)) throw new ArgumentException($"invalid learning rate {value} (it must be >= 0).");
            learningRate = value;
        }
    }

    /// <summary>The learning rate a scheduler started from (PyTorch's 'initial_lr'); null until a scheduler is attached.</summary>
    public double? InitialLearningRate { get; set; }

    internal OptimizerOptions Clone() => (OptimizerOptions)MemberwiseClone();
}

/// <summary>Parameters that share hyperparameters (PyTorch's param_groups entry).</summary>
public sealed class ParamGroup
{
    internal ParamGroup(IReadOnlyList<Parameter> parameters, OptimizerOptions options)
    {
        Parameters = parameters;
        Options = options;
    }

    public IReadOnlyList<Parameter> Parameters { get; }

    public OptimizerOptions Options { get; }

    public double LearningRate
    {
        get => Options.LearningRate;
        set => Options.LearningRate = value;
    }

    /// <summary>PyTorch's spelling: <c>param_groups[0].lr</c>.</summary>
    public double lr
    {
        get => LearningRate;
        set => LearningRate = value;
    }

    public double? InitialLearningRate
    {
        get => Options.InitialLearningRate;
        set => Options.InitialLearningRate = value;
    }
}
