namespace AstroDL.Modules;

/// <summary>The recurrences the RNN family implements, with PyTorch's gate layout.</summary>
internal enum RecurrentKind
{
    /// <summary>h' = tanh(W_ih·x + b_ih + W_hh·h + b_hh).</summary>
    RnnTanh,

    /// <summary>h' = relu(W_ih·x + b_ih + W_hh·h + b_hh).</summary>
    RnnRelu,

    /// <summary>Four gates stacked in the order input, forget, cell (g), output.</summary>
    Lstm,

    /// <summary>Three gates stacked in the order reset, update (z), new (n).</summary>
    Gru,
}
