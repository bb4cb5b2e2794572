using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>One Elman step: h' = tanh(W_ih·x + b_ih + W_hh·h + b_hh) (or relu).</summary>
    public sealed class RNNCell : RNNCellBase<Tensor?, Tensor>
    {
        internal RNNCell(long inputSize, long hiddenSize, nn.NonLinearities nonLinearity, bool bias, Device? device, ScalarType? dtype)
            : base(nameof(RNNCell), nonLinearity == nn.NonLinearities.ReLU ? RecurrentKind.RnnRelu : RecurrentKind.RnnTanh,
                inputSize, hiddenSize, bias, device, dtype)
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
            public static Modules.RNNCell RNNCell(long inputSize, long hiddenSize, NonLinearities nonLinearity = NonLinearities.Tanh, bool bias = true,
                Device? device = null, ScalarType? dtype = null) =>
                new(inputSize, hiddenSize, nonLinearity, bias, device, dtype);
        }
    }
}
