namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            public static Tensor relu(Tensor x, bool inplace = false) => inplace ? x.relu_() : x.relu();

            public static Tensor leaky_relu(Tensor input, double negative_slope = 0.01, bool inplace = false) =>
                inplace ? input.leaky_relu_(negative_slope) : input.leaky_relu(negative_slope);

            public static Tensor elu(Tensor x, double alpha = 1.0) => x.elu(alpha);

            public static Tensor sigmoid(Tensor x) => x.sigmoid();

            public static Tensor sigmoid(Tensor x, bool inplace) => inplace ? x.sigmoid_() : x.sigmoid();

            public static Tensor tanh(Tensor x, bool inplace = false) => inplace ? x.tanh_() : x.tanh();

            /// <summary>log(1 + exp(beta·x)) / beta, and x itself where beta·x exceeds threshold (for stability).</summary>
            public static Tensor softplus(Tensor x, double beta = 1, double threshold = 20) => x.softplus(beta, threshold);

            /// <summary>log σ(x) = −softplus(−x): about x for very negative x, where log(sigmoid(x)) would give log(0) = −∞.</summary>
            public static Tensor logsigmoid(Tensor x) => x.neg().softplus().neg();

            /// <summary>x·sigmoid(x), also called swish.</summary>
            public static Tensor silu(Tensor x) => x.mul(x.sigmoid());

            public static Tensor softmax(Tensor input, long dim, ScalarType? dtype = null) => input.softmax(dim, dtype);

            public static Tensor log_softmax(Tensor input, long dim, ScalarType? dtype = null) => input.log_softmax(dim, dtype);
        }
    }
}
