namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>input·weightᵀ + bias, with weight [out_features, in_features] and bias [out_features].</summary>
            public static Tensor linear(Tensor input, Tensor weights, Tensor? bias = null)
            {
                var y = input.matmul(weights.t());
                return bias is null ? y : y.add(bias);
            }
        }
    }
}
