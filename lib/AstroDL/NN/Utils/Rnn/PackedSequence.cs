namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class utils
        {
            public static partial class rnn
            {
                /// <summary>
                /// Sequences of different lengths without padding, as PyTorch lays them out: <see cref="data"/> holds the
                /// steps time-major, batch_sizes[t] rows for step t (the sequences longer than t, longest first), so a
                /// recurrent layer never computes on padding. sorted_indices[i] is the original batch position of the i-th
                /// longest sequence; unsorted_indices is its inverse. Made by pack_padded_sequence or pack_sequence.
                /// </summary>
                public sealed class PackedSequence : IDisposable
                {
                    internal PackedSequence(Tensor data, Tensor batch_sizes, Tensor sorted_indices, Tensor unsorted_indices)
                    {
                        this.data = data;
                        this.batch_sizes = batch_sizes;
                        this.sorted_indices = sorted_indices;
                        this.unsorted_indices = unsorted_indices;
                        BatchSizes = batch_sizes.data<long>().ToArray();
                    }

                    /// <summary>[Σ lengths, *]: step 0 of every sequence, then step 1 of those longer than 1, and so on.</summary>
                    public Tensor data { get; }

                    /// <summary>int64 [longest length]: how many sequences have a step t.</summary>
                    public Tensor batch_sizes { get; }

                    public Tensor sorted_indices { get; }

                    public Tensor unsorted_indices { get; }

                    internal long[] BatchSizes { get; }

                    /// <summary>The same layout with other rows (a layer's output for this input).</summary>
                    internal PackedSequence WithData(Tensor rows) => new(rows, batch_sizes.clone(), sorted_indices.clone(), unsorted_indices.clone());

                    public void Dispose()
                    {
                        data.Dispose();
                        batch_sizes.Dispose();
                        sorted_indices.Dispose();
                        unsorted_indices.Dispose();
                    }
                }
            }
        }
    }
}
