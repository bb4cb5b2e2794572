namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Looks up rows of weight [num_embeddings, embedding_dim] by the int64 indices in input: the result has the
            /// input's shape plus embedding_dim. Rows looked up at padding_idx get no gradient.
            /// </summary>
            public static Tensor embedding(Tensor input, Tensor weight, long? padding_idx = null)
            {
                if (input.dtype != ScalarType.Int64)
                    throw new ArgumentException($"embedding: the indices must be an int64 tensor, got {input.dtype.Name()} {input.ShapeText}.");
                if (weight.dim() != 2)
                    throw new ArgumentException($"embedding: the weight must be [num_embeddings, embedding_dim], got {weight.ShapeText}.");
                long rows = weight.shape[0];
                if (input.numel() > 0)
                {
                    long low = input.min().item<long>(), high = input.max().item<long>();
                    if (low < 0 || high >= rows)
                        throw new ArgumentOutOfRangeException(nameof(input),
                            $"embedding: index {(low < 0 ? low : high)} is out of range for a table of {rows} embeddings (valid: 0 to {rows - 1}).");
                }
                var looked = weight.index_select(0, input.flatten()).view([.. input.shape, weight.shape[1]]);
                if (padding_idx is not { } pad) return looked;
                // The same values, but where the index is padding_idx the gradient is cut (as PyTorch leaves that row untrained).
                var isPadding = input.eq(pad < 0 ? pad + rows : pad).unsqueeze(-1);
                return where(isPadding, looked.detach(), looked);
            }
        }
    }
}
