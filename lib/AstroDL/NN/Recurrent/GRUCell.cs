using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>One GRU step: reset r, update z, candidate n = tanh(W_in·x + b_in + r·(W_hn·h + b_hn)); h' = (1 − z)·n + z·h.</summary>
    public sealed class GRUCell : RNNCellBase<Tensor?, Tensor>
    {
        internal GRUCell(long inputSize, long hiddenSize, bool bias, Device? device, ScalarType? dtype)
            : base(nameof(GRUCell), RecurrentKind.Gru, inputSize, hiddenSize, bias, device, dtype)
        {
        }

        /// <summary>The next hidden state from input [N, input_size] and h0 [N, hidden_size] (zeros if null).</summary>
        public override Tensor forward(Tensor input, Tensor? h0 = null) => Step(input, h0, null).h;

        public new Tensor call(Tensor input, Tensor? h0 = null) => forward(input, h0);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.GRUCell GRUCell(long inputSize, long hiddenSize, bool bias = true, Device? device = null, ScalarType? dtype = null) =>
                new(inputSize, hiddenSize, bias, device, dtype);
        }
    }
}
