namespace AstroDL.Training;

/// <summary>
/// What fit() measured, one value per epoch under each name ("loss", "accuracy", "val_loss", "val_accuracy"),
/// as Keras' History.history.
/// </summary>
public sealed partial class History
{
    private readonly Dictionary<string, List<double>> values = [];

    public IReadOnlyList<double> this[string name] => values.TryGetValue(name, out var list)
        ? list
        : throw new KeyNotFoundException($"History has no '{name}'; it recorded: {string.Join(", ", values.Keys)}.");

    public IEnumerable<string> Keys => values.Keys;

    public int Epochs => values.Count == 0 ? 0 : values.Values.First().Count;

    /// <summary>The epoch (0-based) whose weights the model holds at the end (the best one when early stopping restored it).</summary>
    public int BestEpoch { get; internal set; }

    public bool StoppedEarly { get; internal set; }

    internal void Add(IReadOnlyDictionary<string, double> epochLogs)
    {
        foreach (var (name, value) in epochLogs)
        {
            if (!values.TryGetValue(name, out var list)) values[name] = list = [];
            list.Add(value);
        }
    }
}
