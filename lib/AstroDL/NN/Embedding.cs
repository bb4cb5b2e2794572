using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// A lookup table of num_embeddings learnable vectors of size embedding_dim: int64 indices of any shape in, their
    /// vectors out (shape + [embedding_dim]). The row at padding_idx starts at zero and is never trained.
    /// </summary>
    public sealed class Embedding : nn.Module<Tensor, Tensor>
    {
        internal Embedding(long num_embeddings, long embedding_dim, long? padding_idx, Device? device, ScalarType? dtype)
            : this(empty([num_embeddings, embedding_dim], dtype ?? get_default_dtype(), device), padding_idx, requires_grad: true)
        {
            reset_parameters();
        }

        private Embedding(Tensor weights, long? padding_idx, bool requires_grad)
            : base(nameof(Embedding))
        {
            if (weights.dim() != 2)
                throw new ArgumentException($"Embedding: the table must be [num_embeddings, embedding_dim], got {weights.ShapeText}.");
            num_embeddings = weights.shape[0];
            embedding_dim = weights.shape[1];
            if (padding_idx is { } pad)
            {
                if (pad < -num_embeddings || pad >= num_embeddings)
                    throw new ArgumentException($"Embedding: padding_idx {pad} is outside the table of {num_embeddings} embeddings.");
                this.padding_idx = pad < 0 ? pad + num_embeddings : pad;
            }
            weight = new Parameter(weights, requires_grad);
        }

        /// <summary>An embedding whose table is the given [num_embeddings, embedding_dim] tensor (shared, not copied); frozen by default.</summary>
        public static Embedding from_pretrained(Tensor embeddings, bool freeze = true, long? padding_idx = null) =>
            new(embeddings, padding_idx, requires_grad: !freeze);

        public long num_embeddings { get; }

        public long embedding_dim { get; }

        public long? padding_idx { get; }

        public Parameter weight
        {
            get;
            set
            {
                field = value;
                register_parameter(nameof(weight), value);
            }
        }

        /// <summary>PyTorch's default: every entry N(0, 1), the padding row zero.</summary>
        public void reset_parameters()
        {
            nn.init.normal_(weight);
            if (padding_idx is { } pad)
            {
                using var _ = no_grad();
                weight[pad].zero_();
            }
        }

        public override Tensor forward(Tensor input) => nn.functional.embedding(input, weight, padding_idx);

        public override string extra_repr() =>
            $"{num_embeddings}, {embedding_dim}" + (padding_idx is { } pad ? $", padding_idx={pad}" : "");
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>A table of num_embeddings learnable vectors of size embedding_dims, looked up by int64 index.</summary>
            public static Modules.Embedding Embedding(long num_embeddings, long embedding_dims, long? padding_idx = null, Device? device = null,
                ScalarType? dtype = null) =>
                new(num_embeddings, embedding_dims, padding_idx, device, dtype);

            /// <summary>An embedding over a given [num_embeddings, embedding_dim] table (shared, not copied); frozen by default.</summary>
            public static Modules.Embedding Embedding_from_pretrained(Tensor embeddings, bool freeze = true, long? padding_idx = null) =>
                Modules.Embedding.from_pretrained(embeddings, freeze, padding_idx);
        }
    }
}
