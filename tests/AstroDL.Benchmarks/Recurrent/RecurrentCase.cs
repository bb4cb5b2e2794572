namespace AstroDL.Benchmarks.Recurrent;

/// <summary>
/// One recurrent training step of lecture 6, sized as the notebook uses it: the LSTM transit detector (63 steps of 4
/// points, 32 hidden units, 2 classes) and the GRU variable-star classifier (194 steps of 3 features, 32 hidden
/// units, 8 classes). torch_rnn.py builds the same cases by name.
/// </summary>
internal sealed record RecurrentCase(string Name, string Cell, int Steps, int Features, int Hidden, int Classes)
{
    public const int Batch = 32;

    public static IReadOnlyList<RecurrentCase> All { get; } =
    [
        new("lstm-detector", "lstm", 63, 4, 32, 2),
        new("gru-classifier", "gru", 194, 3, 32, 8),
    ];
}
