using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// A multi-layer Elman network: h_t = tanh(W_ih·x_t + b_ih + W_hh·h_(t−1) + b_hh) (or relu). forward returns the
    /// last layer's h_t for every step, and every layer's final state h_n.
    /// </summary>
    public sealed class RNN : RNNBase<Tensor?, (Tensor, Tensor)>
    {
        internal RNN(long inputSize, long hiddenSize, long numLayers, nn.NonLinearities nonLinearity, bool bias, bool batchFirst, double dropout,
            bool bidirectional, Device? device, ScalarType? dtype)
            : base(nameof(RNN), nonLinearity == nn.NonLinearities.ReLU ? RecurrentKind.RnnRelu : RecurrentKind.RnnTanh,
                inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, device, dtype)
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
            /// <summary>The nonlinearity of RNN and RNNCell.</summary>
            public enum NonLinearities
            {
                ReLU = 0,
                Tanh = 1,
            }

            /// <summary>A multi-layer Elman RNN with tanh or ReLU; dropout acts between layers in training.</summary>
            public static Modules.RNN RNN(long inputSize, long hiddenSize, long numLayers = 1, NonLinearities nonLinearity = NonLinearities.Tanh,
                bool bias = true, bool batchFirst = false, double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) =>
                new(inputSize, hiddenSize, numLayers, nonLinearity, bias, batchFirst, dropout, bidirectional, device, dtype);
        }
    }
}
