using System.Collections;

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class utils
        {
            public static partial class data
            {
                /// <summary>
                /// Batches of <paramref name="dataset"/>, in order or (with <paramref name="shuffle"/>) in a new random order
                /// every epoch. The order comes from <paramref name="generator"/>, else from a generator seeded with
                /// <paramref name="seed"/>, else from the default generator (so torch.manual_seed makes runs repeat).
                /// <paramref name="num_worker"/> is accepted for TorchSharp code and ignored: batches are gathered with one
                /// index_select per tensor, which is already parallel. With <paramref name="disposeBatch"/> (TorchSharp's option)
                /// each batch is disposed when the loop moves on, so the next batch reuses its memory; keep nothing of a batch
                /// beyond its iteration then (clone what you need).
                /// </summary>
                public static Modules.DataLoader DataLoader(
                    Dataset<Tensor[]> dataset, int batchSize, bool shuffle = false, Device? device = null, int? seed = null,
                    int num_worker = 1, bool drop_last = false, Generator? generator = null, bool disposeBatch = false) =>
                    new(dataset, batchSize, shuffle, device, generator ?? (seed is { } s ? new Generator((ulong)s) : null), drop_last, disposeBatch);
            }
        }
    }
}

namespace AstroDL.Modules
{
    using static AstroDL.torch;

    /// <summary>
    /// Enumerates a data set in batches: each batch is one tensor per item position (for a TensorDataset of images
    /// and labels, [images, labels]). Two-tensor batches also enumerate as pairs:
    /// <c>foreach (var (data, target) in loader)</c>, and the loader can be passed as <c>IEnumerable&lt;(Tensor, Tensor)&gt;</c>.
    /// </summary>
    public sealed class DataLoader : IEnumerable<Tensor[]>, IEnumerable<(Tensor, Tensor)>, IDisposable
    {
        private readonly Device? device;

        internal DataLoader(utils.data.Dataset<Tensor[]> dataset, int batchSize, bool shuffle, Device? device, Generator? generator, bool drop_last,
            bool disposeBatch)
        {
            if (batchSize <= 0)
                throw new ArgumentOutOfRangeException(nameof(batchSize), $"DataLoader: batchSize must be positive, got {batchSize}.");
            this.dataset = dataset;
            batch_size = batchSize;
            this.shuffle = shuffle;
            this.device = device;
            this.generator = generator;
            this.drop_last = drop_last;
            this.disposeBatch = disposeBatch;
        }

        public utils.data.Dataset<Tensor[]> dataset { get; }

        public int batch_size { get; }

        public bool shuffle { get; }

        public bool drop_last { get; }

        /// <summary>Whether each batch is disposed when the enumeration moves past it.</summary>
        public bool disposeBatch { get; }

        /// <summary>Where shuffled orders come from (null: the default generator).</summary>
        public Generator? generator { get; }

        /// <summary>The number of batches in an epoch.</summary>
        public long Count => drop_last ? dataset.Count / batch_size : (dataset.Count + batch_size - 1) / batch_size;

        /// <summary>The number of items in the data set (an int, as TorchSharp's example loaders give it).</summary>
        public int Size => checked((int)dataset.Count);

        /// <summary>One epoch. A shuffled loader draws its order when the epoch starts, so each epoch differs.</summary>
        public IEnumerator<Tensor[]> GetEnumerator()
        {
            long n = dataset.Count;
            var order = shuffle ? (generator ?? default_generator).Permutation(n) : Iota(n);
            for (long b = 0, batches = Count; b < batches; b++)
            {
                long start = b * batch_size;
                var batch = Collate(order[(int)start..(int)Math.Min(n, start + batch_size)]);
                try
                {
                    yield return batch;
                }
                finally
                {
                    if (disposeBatch)
                    {
                        foreach (var t in batch) t.Dispose();
                    }
                }
            }
        }

        IEnumerator<(Tensor, Tensor)> IEnumerable<(Tensor, Tensor)>.GetEnumerator()
        {
            foreach (var (data, target) in this) yield return (data, target);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static long[] Iota(long n)
        {
            var order = new long[n];
            for (long i = 0; i < n; i++) order[i] = i;
            return order;
        }

        /// <summary>The items at <paramref name="indices"/> as a batch.</summary>
        private Tensor[] Collate(long[] indices)
        {
            // Subsets (random_split) of a TensorDataset map their indices down to it and gather in one step.
            var source = dataset;
            while (source is Subset<Tensor[]> subset)
            {
                indices = Array.ConvertAll(indices, i => subset.indices[(int)i]);
                source = subset.dataset;
            }
            var batch = source is TensorDataset tensors ? tensors.Gather(indices) : Stack(source, indices);
            return device is null ? batch : Array.ConvertAll(batch, t => t.to(device));
        }

        private static Tensor[] Stack(utils.data.Dataset<Tensor[]> source, long[] indices)
        {
            var items = Array.ConvertAll(indices, source.GetTensor);
            var bad = Array.FindIndex(items, item => item.Length != items[0].Length);
            if (bad >= 0)
                throw new InvalidOperationException(
                    $"DataLoader: item {indices[bad]} of {source.GetType().Name} has {items[bad].Length} tensors but item {indices[0]} has " +
                    $"{items[0].Length}; every item must have the same number of tensors.");
            return Enumerable.Range(0, items[0].Length).Select(k => stack(items.Select(item => item[k]))).ToArray();
        }

        /// <summary>Disposes the data set, as TorchSharp's loader does.</summary>
        public void Dispose() => dataset.Dispose();
    }
}
