using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// A single step of a recurrence (RNNCell, LSTMCell, GRUCell): input [N, input_size] (or [input_size] unbatched) and
/// states [N, hidden_size], with parameters weight_ih, weight_hh, bias_ih, bias_hh as PyTorch names them.
/// </summary>
public abstract class RNNCellBase<TState, TResult> : nn.Module<Tensor, TState, TResult>
{
    private readonly RecurrentKind kind;
    private readonly RecurrentWeights weights;

    private protected RNNCellBase(string name, RecurrentKind kind, long input_size, long hidden_size, bool bias, Device? device, ScalarType? dtype)
        : base(name)
    {
        if (input_size <= 0 || hidden_size <= 0)
            throw new ArgumentException($"{name}: input_size ({input_size}) and hidden_size ({hidden_size}) must be positive.");
        this.kind = kind;
        this.input_size = input_size;
        this.hidden_size = hidden_size;
        this.bias = bias;
        weights = new RecurrentWeights(this, "", kind, input_size, hidden_size, bias, device, dtype);
    }

    public long input_size { get; }

    public long hidden_size { get; }

    public bool bias { get; }

    public Parameter weight_ih => weights.weight_ih;

    public Parameter weight_hh => weights.weight_hh;

    public Parameter? bias_ih => weights.bias_ih;

    public Parameter? bias_hh => weights.bias_hh;

    /// <summary>PyTorch's default: every weight and bias U(±1/√hidden_size).</summary>
    public void reset_parameters() => weights.Reset(hidden_size);

    /// <summary>The next state from the input and the current state (zeros where null); c only for the LSTM cell.</summary>
    private protected (Tensor h, Tensor? c) Step(Tensor input, Tensor? h, Tensor? c)
    {
        if (input.dim() is not (1 or 2) || input.shape[^1] != input_size)
            throw new ArgumentException($"{this}: expects input [N, {input_size}] (or [{input_size}] unbatched), got {input.ShapeText}.");
        long[] stateShape = input.dim() == 2 ? [input.shape[0], hidden_size] : [hidden_size];
        h = CheckState("h", h, stateShape) ?? zeros(stateShape, input.dtype, input.device);
        if (kind == RecurrentKind.Lstm) c = CheckState("c", c, stateShape) ?? zeros(stateShape, input.dtype, input.device);
        return weights.Advance(weights.InputGates(input), h, c, weights.weight_hh.t());
    }

    private Tensor? CheckState(string what, Tensor? state, long[] shape)
    {
        if (state is not null && !state.shape.SequenceEqual(shape))
            throw new ArgumentException($"{this}: the state {what} should be [{string.Join(", ", shape)}] for this input, got {state.ShapeText}.");
        return state;
    }

    public override string extra_repr() =>
        $"{input_size}, {hidden_size}" + (bias ? "" : ", bias=False") + (kind == RecurrentKind.RnnRelu ? ", nonlinearity=relu" : "");
}
