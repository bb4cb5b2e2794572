namespace AstroDL
{
    public static partial class torch
    {
        public static partial class utils
        {
            public static partial class data
            {
                /// <summary>The items of <paramref name="dataset"/> at <paramref name="indices"/>, in that order (nothing is copied).</summary>
                public static Modules.Subset<T> Subset<T>(Dataset<T> dataset, long[] indices) => new(dataset, indices);
            }
        }
    }
}

namespace AstroDL.Modules
{
    using static AstroDL.torch;

    /// <summary>A view of part of another data set, through a list of its indices.</summary>
    public sealed class Subset<T> : utils.data.Dataset<T>
    {
        private readonly long[] positions;

        internal Subset(utils.data.Dataset<T> dataset, long[] indices)
        {
            var bad = Array.FindIndex(indices, i => i < 0 || i >= dataset.Count);
            if (bad >= 0)
                throw new IndexOutOfRangeException(
                    $"Subset: indices[{bad}] = {indices[bad]} is out of range for {dataset.GetType().Name} of {dataset.Count} items.");
            this.dataset = dataset;
            positions = (long[])indices.Clone();
        }

        /// <summary>The data set this is a part of.</summary>
        public utils.data.Dataset<T> dataset { get; }

        /// <summary>The indices into <see cref="dataset"/>.</summary>
        public IReadOnlyList<long> indices => positions;

        public override long Count => positions.LongLength;

        public override T GetTensor(long index)
        {
            CheckIndex(index);
            return dataset.GetTensor(positions[index]);
        }
    }
}
