using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// The weights of one recurrent layer in one direction, registered on their module under PyTorch's names
/// (weight_ih{suffix}, weight_hh{suffix}, bias_ih{suffix}, bias_hh{suffix}), so state_dicts match PyTorch's.
/// W_ih is [gates·hidden, input] and W_hh is [gates·hidden, hidden], gates stacked as PyTorch stacks them.
/// </summary>
internal sealed class RecurrentWeights
{
    private readonly RecurrentKind kind;

    public RecurrentWeights(nn.Module owner, string suffix, RecurrentKind kind, long inputSize, long hiddenSize, bool bias, Device? device, ScalarType? dtype)
    {
        this.kind = kind;
        var type = dtype ?? get_default_dtype();
        long rows = RecurrentStep.GateCount(kind) * hiddenSize;
        weight_ih = Register(owner, "weight_ih" + suffix, [rows, inputSize], type, device);
        weight_hh = Register(owner, "weight_hh" + suffix, [rows, hiddenSize], type, device);
        if (bias)
        {
            bias_ih = Register(owner, "bias_ih" + suffix, [rows], type, device);
            bias_hh = Register(owner, "bias_hh" + suffix, [rows], type, device);
        }
        Reset(hiddenSize);
    }

    public Parameter weight_ih { get; }

    public Parameter weight_hh { get; }

    public Parameter? bias_ih { get; }

    public Parameter? bias_hh { get; }

    /// <summary>PyTorch's default for the whole RNN family: every weight and bias U(±1/√hidden_size).</summary>
    public void Reset(long hiddenSize)
    {
        var bound = hiddenSize > 0 ? 1 / Math.Sqrt(hiddenSize) : 0;
        foreach (var p in new[] { weight_ih, weight_hh, bias_ih, bias_hh })
        {
            if (p is not null) nn.init.uniform_(p, -bound, bound);
        }
    }

    /// <summary>
    /// x·W_ihᵀ plus the biases for inputs [..., input_size], as one matrix product over all leading dimensions (all time
    /// steps at once). b_hh is folded in here except for the GRU, where it must stay inside the reset gate.
    /// </summary>
    public Tensor InputGates(Tensor x)
    {
        var flat = x.reshape(-1, x.shape[^1]).matmul(weight_ih.t());
        var gates = flat.view([.. x.shape[..^1], flat.shape[1]]);
        if (bias_ih is null || bias_hh is null) return gates;
        return gates.add(kind == RecurrentKind.Gru ? bias_ih : bias_ih.add(bias_hh));
    }

    /// <summary>One step from the input gates of that step (see InputGates); weightHhT is weight_hh.t(), made once per sequence.</summary>
    public (Tensor h, Tensor? c) Advance(Tensor inputGates, Tensor h, Tensor? c, Tensor weightHhT) =>
        RecurrentStep.Advance(kind, inputGates, h, c, weightHhT, kind == RecurrentKind.Gru ? bias_hh : null);

    private static Parameter Register(nn.Module owner, string name, long[] shape, ScalarType type, Device? device)
    {
        var p = new Parameter(empty(shape, type, device));
        owner.register_parameter(name, p);
        return p;
    }
}
