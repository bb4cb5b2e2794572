using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// A multi-layer long short-term memory network. Per step, with gates i, f, g, o computed from x_t and h_(t−1):
    /// c_t = σ(f)·c_(t−1) + σ(i)·tanh(g), h_t = σ(o)·tanh(c_t). The gated cell state carries information across many steps.
    /// </summary>
    public sealed class LSTM : RNNBase<(Tensor, Tensor)?, (Tensor, Tensor, Tensor)>
    {
        internal LSTM(long inputSize, long hiddenSize, long numLayers, bool bias, bool batchFirst, double dropout, bool bidirectional,
            Device? device, ScalarType? dtype)
            : base(nameof(LSTM), RecurrentKind.Lstm, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, device, dtype)
        {
        }

        /// <summary>(output, h_n, c_n) for input [T, N, input_size] and optional (h0, c0), each [num_layers·directions, N, hidden_size].</summary>
        public override (Tensor, Tensor, Tensor) forward(Tensor input, (Tensor, Tensor)? h0_c0 = null)
        {
            var (output, hN, cN) = Run(input, h0_c0?.Item1, h0_c0?.Item2);
            return (output, hN, cN!);
        }

        public new (Tensor, Tensor, Tensor) call(Tensor input, (Tensor, Tensor)? h0_c0 = null) => forward(input, h0_c0);

        /// <summary>(output, h_n, c_n) for a packed batch (pack_padded_sequence); the output is packed like the input.</summary>
        public (nn.utils.rnn.PackedSequence, Tensor, Tensor) forward(nn.utils.rnn.PackedSequence input, (Tensor, Tensor)? h0_c0 = null)
        {
            var (output, hN, cN) = RunPacked(input, h0_c0?.Item1, h0_c0?.Item2);
            return (output, hN, cN!);
        }

        public (nn.utils.rnn.PackedSequence, Tensor, Tensor) call(nn.utils.rnn.PackedSequence input, (Tensor, Tensor)? h0_c0 = null) =>
            forward(input, h0_c0);
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>A multi-layer LSTM; dropout acts between layers in training.</summary>
            public static Modules.LSTM LSTM(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false,
                double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) =>
                new(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, device, dtype);
        }
    }
}
