using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// A multi-layer gated recurrent unit network. Per step, with reset r, update z and candidate n:
    /// n = tanh(W_in·x + b_in + r·(W_hn·h + b_hn)), h' = (1 − z)·n + z·h.
    /// </summary>
    public sealed class GRU : RNNBase<Tensor?, (Tensor, Tensor)>
    {
        internal GRU(long inputSize, long hiddenSize, long numLayers, bool bias, bool batchFirst, double dropout, bool bidirectional,
            Device? device, ScalarType? dtype)
            : base(nameof(GRU), RecurrentKind.Gru, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, device, dtype)
        {
        }

        /// <summary>(output, h_n) for input [T, N, input_size] and optional h0 [num_layers·directions, N, hidden_size] (zeros if null).</summary>
        public override (Tensor, Tensor) forward(Tensor input, Tensor? h0 = null) => RunHidden(input, h0);

        public new (Tensor, Tensor) call(Tensor input, Tensor? h0 = null) => forward(input, h0);

        /// <summary>(output, h_n) for a packed batch (pack_padded_sequence); the output is packed like the input.</summary>
        public (nn.utils.rnn.PackedSequence, Tensor) forward(nn.utils.rnn.PackedSequence input, Tensor? h0 = null) => RunPackedHidden(input, h0);

        public (nn.utils.rnn.PackedSequence, Tensor) call(nn.utils.rnn.PackedSequence input, Tensor? h0 = null) => forward(input, h0);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>A multi-layer GRU; dropout acts between layers in training.</summary>
            public static Modules.GRU GRU(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false,
                double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) =>
                new(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, device, dtype);
        }
    }
}
