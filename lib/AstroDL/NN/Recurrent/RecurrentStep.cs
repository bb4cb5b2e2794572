using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>One time step of each recurrence, built from differentiable tensor ops (so autograd needs nothing more).</summary>
internal static class RecurrentStep
{
    public static int GateCount(RecurrentKind kind) => kind switch
    {
        RecurrentKind.Lstm => 4,
        RecurrentKind.Gru => 3,
        _ => 1,
    };

    /// <summary>
    /// The next hidden state (and cell state for the LSTM). inputGates is x·W_ihᵀ plus the biases (without b_hh for the
    /// GRU, whose b_hh sits inside the reset gate and comes as gruBiasHh); weightHhT is W_hhᵀ.
    /// </summary>
    public static (Tensor h, Tensor? c) Advance(RecurrentKind kind, Tensor inputGates, Tensor h, Tensor? c, Tensor weightHhT, Tensor? gruBiasHh)
    {
        var hiddenGates = h.matmul(weightHhT);
        switch (kind)
        {
            case RecurrentKind.RnnTanh:
                return (inputGates.add(hiddenGates).tanh(), null);
            case RecurrentKind.RnnRelu:
                return (inputGates.add(hiddenGates).relu(), null);
            case RecurrentKind.Lstm:
                {
                    var gates = inputGates.add(hiddenGates).chunk(4, -1);
                    var cell = gates[1].sigmoid().mul(c!).add(gates[0].sigmoid().mul(gates[2].tanh()));
                    return (gates[3].sigmoid().mul(cell.tanh()), cell);
                }
            default:
                {
                    if (gruBiasHh is not null) hiddenGates = hiddenGates.add(gruBiasHh);
                    var x = inputGates.chunk(3, -1);
                    var hh = hiddenGates.chunk(3, -1);
                    var reset = x[0].add(hh[0]).sigmoid();
                    var update = x[1].add(hh[1]).sigmoid();
                    var candidate = x[2].add(reset.mul(hh[2])).tanh();
                    // (1 − z)·n + z·h, written with one product fewer.
                    return (candidate.add(update.mul(h.sub(candidate))), null);
                }
        }
    }
}
