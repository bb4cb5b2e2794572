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
                /// Batches of a data set of named tensors (TorchSharp's Dataset, e.g. torchvision.datasets.MNIST): each batch
                /// is a dictionary with the same names, every tensor stacked along a new first dimension
                /// (<c>batch["data"]</c> [B, 1, 28, 28], <c>batch["label"]</c> [B]). Order and shuffling as for tensor data sets.
                /// </summary>
                public static Modules.DictionaryDataLoader DataLoader(
                    Dataset dataset, int batchSize, bool shuffle = false, Device? device = null, int? seed = null,
                    int num_worker = 1, bool drop_last = false, Generator? generator = null) =>
                    new(dataset, DataLoader(new Modules.DictionaryDataLoader.Positional(dataset), batchSize, shuffle, device, seed, num_worker, drop_last, generator));
            }
        }
    }
}

namespace AstroDL.Modules
{
    using static AstroDL.torch;

    /// <summary>Enumerates a data set of named tensors in batches of named tensors.</summary>
    public sealed class DictionaryDataLoader : IEnumerable<Dictionary<string, Tensor>>, IDisposable
    {
        private readonly DataLoader batches;
        private readonly string[] names;

        internal DictionaryDataLoader(utils.data.Dataset dataset, DataLoader batches)
        {
            this.dataset = dataset;
            this.batches = batches;
            names = ((Positional)batches.dataset).Names;
        }

        public utils.data.Dataset dataset { get; }

        public int batch_size => batches.batch_size;

        /// <summary>The number of batches in an epoch.</summary>
        public long Count => batches.Count;

        public IEnumerator<Dictionary<string, Tensor>> GetEnumerator()
        {
            foreach (var batch in batches)
            {
                var named = new Dictionary<string, Tensor>(names.Length);
                for (int i = 0; i < names.Length; i++) named[names[i]] = batch[i];
                yield return named;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Disposes the data set, as TorchSharp's loader does.</summary>
        public void Dispose() => batches.Dispose();

        /// <summary>The named items as arrays in the order of the first item's names, so the tensor loader can batch them.</summary>
        internal sealed class Positional : utils.data.Dataset<Tensor[]>
        {
            private readonly utils.data.Dataset source;

            public Positional(utils.data.Dataset source)
            {
                this.source = source;
                Names = source.Count > 0 ? source.GetTensor(0).Keys.ToArray() : [];
            }

            public string[] Names { get; }

            public override long Count => source.Count;

            public override Tensor[] GetTensor(long index)
            {
                var item = source.GetTensor(index);
                if (item.Count != Names.Length || !Names.All(item.ContainsKey))
                    throw new InvalidOperationException(
                        $"DataLoader: item {index} of {source.GetType().Name} has the names [{string.Join(", ", item.Keys)}] but item 0 has " +
                        $"[{string.Join(", ", Names)}]; every item must have the same names.");
                return Array.ConvertAll(Names, name => item[name]);
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing) source.Dispose();
            }
        }
    }
}
