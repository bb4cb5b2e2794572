namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// input·weightᵀ + bias, with weight [out_features, in_features] and bias [out_features]. One autograd node:
            /// the bias is added into the fresh product, and backward computes the weight gradient as gᵀ·x, which comes
            /// out in the weight's own layout, and only the gradients that are needed.
            /// </summary>
            public static Tensor linear(Tensor input, Tensor weights, Tensor? bias = null)
            {
                WeightDtype.Check("linear", input, weights);
                bool plain = weights.dims.Length == 2 && (bias is null || (bias.dims.Length == 1 && bias.dims[0] == weights.dims[0]
                    && bias.dtype == Promote(input.dtype, weights.dtype) && bias.device.Equals(input.device)));
                if (!plain) return bias is null ? input.matmul(weights.t()) : input.matmul(weights.t()).add(bias);
                Tensor y;
                using (no_grad())
                {
                    y = input.matmul(weights.t());
                    if (bias is not null) y.Backend.Binary(Backends.BinaryOp.Add, y.View, bias.BroadcastView(y.dims), y.View);
                }
                return y.WithGrad("linear", [input, weights, bias], g =>
                {
                    long outFeatures = weights.dims[0], inFeatures = weights.dims[^1];
                    var rows = g.reshape(-1, outFeatures);
                    return
                    [
                        input.requires_grad ? g.matmul(weights) : null,
                        weights.requires_grad ? rows.mT.matmul(input.reshape(-1, inFeatures)) : null,
                        bias is { requires_grad: true } ? rows.sum(0) : null,
                    ];
                }, input, weights);
            }
        }
    }
}
