namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>exp(x) / sum(exp(x)) along dim, computed stably by the backend's fused kernel.</summary>
        public Tensor softmax(long dim, ScalarType? dtype = null) => SoftmaxAlong("softmax", dim, dtype, log: false);

        /// <summary>x − logsumexp(x) along dim (the input that NLLLoss expects).</summary>
        public Tensor log_softmax(long dim, ScalarType? dtype = null) => SoftmaxAlong("log_softmax", dim, dtype, log: true);

        private Tensor SoftmaxAlong(string name, long dim, ScalarType? dtype, bool log)
        {
            var x = to_type(dtype ?? (is_floating_point() ? this.dtype : ScalarType.Float32));
            int d = NormalizeDim(dim, dims.Length, name);
            if (dims.Length == 0) x = x.unsqueeze(0);
            // The kernel works on contiguous rows of the last dimension: move dim there and back.
            var moved = d == x.dims.Length - 1 ? x : x.transpose(d, -1);
            var input = moved.contiguous();
            var y = Empty(input.dims, input.dtype, input.device);
            input.Backend.Softmax(input.View, y.View, log);
            var output = y;
            y = y.WithGrad(name, [input], g =>
            {
                // softmax: y·(g − Σ g·y);  log_softmax: g − softmax·Σ g.
                if (log) return [g.sub(output.exp().mul(g.sum(-1, keepdim: true)))];
                return [output.mul(g.sub(g.mul(output).sum(-1, keepdim: true)))];
            }, output);
            var result = d == x.dims.Length - 1 ? y : y.transpose(d, -1);
            return dims.Length == 0 ? result.squeeze(0) : result;
        }
    }

    // An int dim, as in TorchSharp: with torch and torch.nn.functional both imported by using static, softmax(x, 1)
    // then binds here unambiguously (functional's overloads take a long).
    public static Tensor softmax(Tensor input, int dim, ScalarType? dtype = null) => input.softmax(dim, dtype);

    public static Tensor log_softmax(Tensor input, int dim, ScalarType? dtype = null) => input.log_softmax(dim, dtype);
}
