namespace AstroDL;

public static partial class torch
{
    public static partial class utils
    {
        public static partial class data
        {
            /// <summary>
            /// A map-style data set: a number of items and the item at each index. A <c>DataLoader</c> draws
            /// batches from it; <c>Subset</c> and <c>random_split</c> take parts of it without copying.
            /// </summary>
            public abstract class Dataset<T> : IDisposable
            {
                /// <summary>The number of items.</summary>
                public abstract long Count { get; }

                /// <summary>The item at <paramref name="index"/> (0 to Count − 1).</summary>
                public abstract T GetTensor(long index);

                public T this[long index] => GetTensor(index);

                public void Dispose()
                {
                    Dispose(true);
                    GC.SuppressFinalize(this);
                }

                protected virtual void Dispose(bool disposing)
                {
                }

                protected void CheckIndex(long index)
                {
                    if (index < 0 || index >= Count)
                        throw new IndexOutOfRangeException($"{GetType().Name}: index {index} is out of range for a data set of {Count} items.");
                }
            }
        }
    }
}
