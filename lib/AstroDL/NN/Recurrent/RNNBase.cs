using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// The multi-layer recurrent networks (RNN, LSTM, GRU): input [T, N, input_size] ([N, T, input_size] with batch_first,
/// [T, input_size] unbatched), states [num_layers·directions, N, hidden_size]. Layer l's parameters are named
/// weight_ih_l{l}, weight_hh_l{l}, bias_ih_l{l}, bias_hh_l{l}, with "_reverse" for the backward direction, as in PyTorch.
/// </summary>
public abstract class RNNBase<TState, TResult> : nn.Module<Tensor, TState, TResult>
{
    private readonly RecurrentKind kind;
    private readonly RecurrentWeights[] layers;

    private protected RNNBase(string name, RecurrentKind kind, long input_size, long hidden_size, long num_layers, bool bias, bool batch_first,
        double dropout, bool bidirectional, Device? device, ScalarType? dtype)
        : base(name)
    {
        if (input_size <= 0 || hidden_size <= 0 || num_layers <= 0)
            throw new ArgumentException(
                $"{name}: input_size ({input_size}), hidden_size ({hidden_size}) and num_layers ({num_layers}) must be positive.");
        if (dropout is < 0 or > 1)
            throw new ArgumentException($"{name}: dropout is a probability and must lie in [0, 1], got {dropout}.");
        this.kind = kind;
        this.input_size = input_size;
        this.hidden_size = hidden_size;
        this.num_layers = num_layers;
        this.bias = bias;
        this.batch_first = batch_first;
        this.dropout = dropout;
        this.bidirectional = bidirectional;
        int directions = bidirectional ? 2 : 1;
        layers = new RecurrentWeights[num_layers * directions];
        for (int l = 0; l < num_layers; l++)
        {
            for (int d = 0; d < directions; d++)
            {
                var suffix = $"_l{l}" + (d == 1 ? "_reverse" : "");
                long inputs = l == 0 ? input_size : hidden_size * directions;
                layers[l * directions + d] = new RecurrentWeights(this, suffix, kind, inputs, hidden_size, bias, device, dtype);
            }
        }
    }

    public long input_size { get; }

    public long hidden_size { get; }

    public long num_layers { get; }

    public bool bias { get; }

    public bool batch_first { get; }

    /// <summary>The dropout probability applied to the outputs of every layer but the last, in training only.</summary>
    public double dropout { get; }

    public bool bidirectional { get; }

    /// <summary>PyTorch's default: every weight and bias U(±1/√hidden_size).</summary>
    public void reset_parameters()
    {
        foreach (var w in layers) w.Reset(hidden_size);
    }

    /// <summary>(output, h_n) of the networks without a cell state (RNN, GRU).</summary>
    private protected (Tensor output, Tensor h_n) RunHidden(Tensor input, Tensor? h0)
    {
        var (output, hN, _) = Run(input, h0, null);
        return (output, hN);
    }

    /// <summary>(output, h_n) of a packed batch for the networks without a cell state.</summary>
    private protected (nn.utils.rnn.PackedSequence output, Tensor h_n) RunPackedHidden(nn.utils.rnn.PackedSequence input, Tensor? h0)
    {
        var (output, hN, _) = RunPacked(input, h0, null);
        return (output, hN);
    }

    /// <summary>Runs the whole sequence through every layer; c0 (and the returned c_n) only for the LSTM.</summary>
    private protected (Tensor output, Tensor h_n, Tensor? c_n) Run(Tensor input, Tensor? h0, Tensor? c0)
    {
        bool batched = input.dim() == 3;
        if (!batched && input.dim() != 2)
            throw new ArgumentException($"{this}: expects input [T, N, {input_size}] (or [T, {input_size}] unbatched), got {input.ShapeText}.");
        if (input.shape[^1] != input_size)
            throw new ArgumentException(
                $"{this}: the input {input.ShapeText} should have {input_size} features in its last dimension (input_size).");
        WeightDtype.Check(ToString(), input, layers[0].weight_ih);
        var x = !batched ? input.unsqueeze(1) : batch_first ? input.transpose(0, 1) : input;
        int directions = bidirectional ? 2 : 1;
        long[] stateShape = [num_layers * directions, x.shape[1], hidden_size];
        var h = CheckState("h0", h0, stateShape, batched) ?? zeros(stateShape, x.dtype, x.device);
        var c = kind == RecurrentKind.Lstm ? CheckState("c0", c0, stateShape, batched) ?? zeros(stateShape, x.dtype, x.device) : null;

        var (last, hN, cN) = RunLayers(x, h, c, featureDim: 2, RunDirection);
        var output = !batched ? last.squeeze(1) : batch_first ? last.transpose(0, 1) : last;
        return batched ? (output, hN, cN) : (output, hN.squeeze(1), cN?.squeeze(1));
    }

    /// <summary>
    /// Runs a packed batch: each step computes only the sequences that have it, so no state is updated by padding and
    /// h_n (c_n) hold each sequence's state after its own last step, in the original batch order.
    /// </summary>
    private protected (nn.utils.rnn.PackedSequence output, Tensor h_n, Tensor? c_n) RunPacked(nn.utils.rnn.PackedSequence input, Tensor? h0,
        Tensor? c0)
    {
        var x = input.data;
        if (x.dim() != 2 || x.shape[1] != input_size)
            throw new ArgumentException(
                $"{this}: a packed input's data should be [Σ lengths, {input_size}] (input_size features), got {x.ShapeText}.");
        WeightDtype.Check(ToString(), x, layers[0].weight_ih);
        var sizes = input.BatchSizes;
        long[] stateShape = [num_layers * (bidirectional ? 2 : 1), sizes[0], hidden_size];
        // States come in the original batch order; the packed rows are longest first.
        var h = CheckState("h0", h0, stateShape, batched: true)?.index_select(1, input.sorted_indices) ?? zeros(stateShape, x.dtype, x.device);
        var c = kind != RecurrentKind.Lstm ? null
            : CheckState("c0", c0, stateShape, batched: true)?.index_select(1, input.sorted_indices) ?? zeros(stateShape, x.dtype, x.device);
        var (rows, hN, cN) = RunLayers(x, h, c, featureDim: 1,
            (weights, layer, state, cell, reverse) => RunPackedDirection(weights, layer, sizes, state, cell, reverse));
        return (input.WithData(rows), hN.index_select(1, input.unsorted_indices), cN?.index_select(1, input.unsorted_indices));
    }

    private delegate (Tensor output, Tensor h, Tensor? c) Direction(RecurrentWeights weights, Tensor x, Tensor h, Tensor? c, bool reverse);

    /// <summary>Every layer and direction in turn (directions concatenated along featureDim, dropout between layers); final states stacked.</summary>
    private (Tensor output, Tensor h_n, Tensor? c_n) RunLayers(Tensor x, Tensor h, Tensor? c, int featureDim, Direction direction)
    {
        int directions = bidirectional ? 2 : 1;
        var finalH = new Tensor[layers.Length];
        var finalC = new Tensor?[layers.Length];
        for (int l = 0; l < num_layers; l++)
        {
            var outputs = new Tensor[directions];
            for (int d = 0; d < directions; d++)
            {
                int index = l * directions + d;
                (outputs[d], finalH[index], finalC[index]) = direction(layers[index], x, h[index], c?[index], reverse: d == 1);
            }
            x = directions == 1 ? outputs[0] : cat(outputs, featureDim);
            if (l < num_layers - 1) x = nn.functional.dropout(x, dropout, training);
        }
        return (x, stack(finalH), c is null ? null : stack(finalC.Select(t => t!)));
    }

    private static (Tensor output, Tensor h, Tensor? c) RunDirection(RecurrentWeights weights, Tensor x, Tensor h, Tensor? c, bool reverse)
    {
        var steps = TimeSteps.Unbind(weights.InputGates(x));
        var weightHhT = weights.weight_hh.t();
        var outputs = new Tensor[steps.Length];
        for (int i = 0; i < steps.Length; i++)
        {
            int t = reverse ? steps.Length - 1 - i : i;
            (h, c) = weights.Advance(steps[t], h, c, weightHhT);
            outputs[t] = h;
        }
        return (stack(outputs), h, c);
    }

    /// <summary>
    /// One direction over packed rows: step t advances the first sizes[t] states (the sequences that have a step t) and
    /// leaves the others as they are. Running backwards, a sequence starts from h0 at its own last step.
    /// </summary>
    private static (Tensor output, Tensor h, Tensor? c) RunPackedDirection(RecurrentWeights weights, Tensor x, long[] sizes, Tensor h,
        Tensor? c, bool reverse)
    {
        var steps = TimeSteps.Split(weights.InputGates(x), sizes);
        var weightHhT = weights.weight_hh.t();
        var outputs = new Tensor[steps.Length];
        long batch = h.shape[0];
        for (int i = 0; i < steps.Length; i++)
        {
            int t = reverse ? steps.Length - 1 - i : i;
            long active = sizes[t];
            var (next, nextCell) = weights.Advance(steps[t], Leading(h, active), c is null ? null : Leading(c, active), weightHhT);
            outputs[t] = next;
            h = active == batch ? next : cat([next, h.narrow(0, active, batch - active)], 0);
            if (c is not null) c = active == batch ? nextCell : cat([nextCell!, c.narrow(0, active, batch - active)], 0);
        }
        return (cat(outputs, 0), h, c);
    }

    private static Tensor Leading(Tensor state, long rows) => rows == state.shape[0] ? state : state.narrow(0, 0, rows);

    // The given state, batched like the input, or null when none was given.
    private Tensor? CheckState(string what, Tensor? state, long[] shape, bool batched)
    {
        if (state is null) return null;
        var expected = batched ? shape : [shape[0], shape[2]];
        if (!state.shape.SequenceEqual(expected))
            throw new ArgumentException(
                $"{this}: {what} should be [num_layers * num_directions, N, hidden_size] = [{string.Join(", ", expected)}], got {state.ShapeText}.");
        return batched ? state : state.unsqueeze(1);
    }

    public override string extra_repr()
    {
        var text = $"{input_size}, {hidden_size}";
        if (num_layers != 1) text += $", num_layers={num_layers}";
        if (!bias) text += ", bias=False";
        if (batch_first) text += ", batch_first=True";
        if (dropout != 0) text += ", dropout=" + Repr.Float(dropout);
        if (bidirectional) text += ", bidirectional=True";
        return text;
    }
}
