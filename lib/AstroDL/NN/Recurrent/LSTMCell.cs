using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>One LSTM step: gates i, f, g, o from x and h; c' = σ(f)·c + σ(i)·tanh(g), h' = σ(o)·tanh(c').</summary>
    public sealed class LSTMCell : RNNCellBase<(Tensor, Tensor)?, (Tensor, Tensor)>
    {
        internal LSTMCell(long inputSize, long hiddenSize, bool bias, Device? device, ScalarType? dtype)
            : base(nameof(LSTMCell), RecurrentKind.Lstm, inputSize, hiddenSize, bias, device, dtype)
        {
        }

        /// <summary>(h', c') from input [N, input_size] and (h0, c0), each [N, hidden_size] (zeros if null).</summary>
        public override (Tensor, Tensor) forward(Tensor input, (Tensor, Tensor)? h0_c0 = null)
        {
            var (h, c) = Step(input, h0_c0?.Item1, h0_c0?.Item2);
            return (h, c!);
        }

        public new (Tensor, Tensor) call(Tensor input, (Tensor, Tensor)? h0_c0 = null) => forward(input, h0_c0);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.LSTMCell LSTMCell(long inputSize, long hiddenSize, bool bias = true, Device? device = null, ScalarType? dtype = null) =>
                new(inputSize, hiddenSize, bias, device, dtype);
        }
    }
}
