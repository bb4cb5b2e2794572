namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Normalizes each channel (dimension 1 of an [N, C, ...] input) to zero mean and unit variance, then scales by
            /// weight and shifts by bias. In training the batch statistics are used (the biased variance, as PyTorch) and the
            /// running statistics, when given, move toward them by momentum, the variance unbiased (n / (n − 1)). Outside
            /// training the running statistics are used.
            /// </summary>
            public static Tensor batch_norm(Tensor input, Tensor? running_mean, Tensor? running_var, Tensor? weight = null, Tensor? bias = null,
                bool training = false, double momentum = 0.1, double eps = 1e-5)
            {
                if (input.dim() < 2)
                    throw new ArgumentException($"batch_norm: the input {input.ShapeText} needs a batch and a channel dimension ([N, C, ...]).");
                long channels = input.shape[1];
                foreach (var (what, t) in new[] { ("running_mean", running_mean), ("running_var", running_var), ("weight", weight), ("bias", bias) })
                {
                    if (t is not null && (t.dim() != 1 || t.shape[0] != channels))
                        throw new ArgumentException($"batch_norm: {what} is {t.ShapeText} but the input {input.ShapeText} has {channels} channels.");
                }
                var perChannel = ChannelShape(input);
                var axes = Enumerable.Range(0, (int)input.dim()).Where(d => d != 1).Select(d => (long)d).ToArray();
                Tensor normalized;
                if (training)
                {
                    long count = input.numel() / Math.Max(channels, 1);
                    if (count <= 1)
                        throw new ArgumentException(
                            $"batch_norm: training needs more than one value per channel to compute a variance, but the input is " +
                            $"{input.ShapeText}. Use a batch larger than 1, or eval() mode.");
                    var mean = input.mean(axes, keepdim: true);
                    var centred = input.sub(mean);
                    var variance = centred.square().mean(axes, keepdim: true);
                    normalized = centred.mul(variance.add(eps).rsqrt());
                    using (no_grad())
                    {
                        running_mean?.mul_(1 - momentum).add_(mean.reshape(channels).mul(momentum));
                        running_var?.mul_(1 - momentum).add_(variance.reshape(channels).mul(momentum * count / (count - 1)));
                    }
                }
                else
                {
                    if (running_mean is null || running_var is null)
                        throw new ArgumentException("batch_norm: outside training the running mean and variance are needed (pass them, or training: true).");
                    normalized = input.sub(running_mean.view(perChannel)).mul(running_var.view(perChannel).add(eps).rsqrt());
                }
                return Affine(normalized, weight?.view(perChannel), bias?.view(perChannel));
            }

            /// <summary>
            /// Normalizes over the last dimensions (those of normalized_shape) of each sample to zero mean and unit (biased)
            /// variance, then applies the elementwise weight and bias (of shape normalized_shape) when given.
            /// </summary>
            public static Tensor layer_norm(Tensor input, long[] normalized_shape, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5)
            {
                int k = normalized_shape.Length;
                if (k == 0 || k > input.dim() || !input.shape[^k..].SequenceEqual(normalized_shape))
                    throw new ArgumentException(
                        $"layer_norm: normalized_shape ({string.Join(", ", normalized_shape)}) must match the last dimensions of the input {input.ShapeText}.");
                var axes = Enumerable.Range((int)input.dim() - k, k).Select(d => (long)d).ToArray();
                var centred = input.sub(input.mean(axes, keepdim: true));
                var variance = centred.square().mean(axes, keepdim: true);
                return Affine(centred.mul(variance.add(eps).rsqrt()), weight, bias);
            }

            // [1, C, 1, ...]: a per-channel vector laid out to broadcast against an [N, C, ...] input.
            private static long[] ChannelShape(Tensor input)
            {
                var shape = Enumerable.Repeat(1L, (int)input.dim()).ToArray();
                shape[1] = input.shape[1];
                return shape;
            }

            private static Tensor Affine(Tensor x, Tensor? weight, Tensor? bias)
            {
                if (weight is not null) x = x.mul(weight);
                return bias is null ? x : x.add(bias);
            }
        }
    }
}
