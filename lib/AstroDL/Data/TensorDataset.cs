namespace AstroDL
{
    public static partial class torch
    {
        public static partial class utils
        {
            public static partial class data
            {
                /// <summary>A data set of tensors that share their first dimension: item i is the i-th slice of each.</summary>
                public static Modules.TensorDataset TensorDataset(params Tensor[] tensors) => new(tensors);
            }
        }
    }
}

namespace AstroDL.Modules
{
    using static AstroDL.torch;

    /// <summary>Samples held as whole tensors (for example images [N, C, H, W] and labels [N]).</summary>
    public sealed class TensorDataset : utils.data.Dataset<Tensor[]>
    {
        private readonly Tensor[] tensors;

        internal TensorDataset(Tensor[] tensors)
        {
            if (tensors.Length == 0)
                throw new ArgumentException("TensorDataset: give at least one tensor, for example TensorDataset(images, labels).");
            for (int i = 0; i < tensors.Length; i++)
            {
                if (tensors[i].ndim == 0)
                    throw new ArgumentException($"TensorDataset: tensor {i} is 0-d; every tensor needs a first dimension that counts the samples.");
                if (tensors[i].size(0) != tensors[0].size(0))
                    throw new ArgumentException(
                        $"TensorDataset: tensor {i} {tensors[i].ShapeText} has {tensors[i].size(0)} samples but tensor 0 {tensors[0].ShapeText} " +
                        $"has {tensors[0].size(0)}; all tensors must have the same size in the first dimension.");
            }
            // Own handles on the same storage: the caller's tensors stay in their dispose scopes, ours outlive them.
            this.tensors = tensors.Select(t => t.detach().DetachFromDisposeScope()).ToArray();
        }

        public override long Count => tensors[0].size(0);

        public override Tensor[] GetTensor(long index)
        {
            CheckIndex(index);
            return tensors.Select(t => t.select(0, index)).ToArray();
        }

        /// <summary>The rows at <paramref name="indices"/> of every tensor, as one batch (one gather per tensor).</summary>
        internal Tensor[] Gather(long[] indices)
        {
            var index = tensor(indices);
            return tensors.Select(t => t.index_select(0, index.to(t.device))).ToArray();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                foreach (var t in tensors) t.Dispose();
            }
        }
    }
}
