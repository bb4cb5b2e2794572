namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class utils
        {
            /// <summary>Padding and packing of variable-length sequences (torch.nn.utils.rnn), differentiable in their data.</summary>
            public static partial class rnn
            {
                /// <summary>
                /// Packs a padded batch [T, B, *] ([B, T, *] with batch_first) whose sequence b is lengths[b] steps long. With
                /// enforce_sorted the lengths must not increase (as PyTorch); pass enforce_sorted: false to have them sorted.
                /// </summary>
                public static PackedSequence pack_padded_sequence(Tensor input, Tensor lengths, bool batch_first = false, bool enforce_sorted = true)
                {
                    if (input.dim() < 2)
                        throw new ArgumentException($"pack_padded_sequence: the input must be [T, B, *] ([B, T, *] with batch_first), got {input.ShapeText}.");
                    var timeMajor = batch_first ? input.transpose(0, 1) : input;
                    long steps = timeMajor.shape[0], batch = timeMajor.shape[1];
                    var length = Lengths(lengths, batch, steps);
                    var order = Enumerable.Range(0, (int)batch).Select(i => (long)i).ToArray();
                    if (enforce_sorted)
                    {
                        for (int b = 1; b < batch; b++)
                        {
                            if (length[b] > length[b - 1])
                                throw new ArgumentException(
                                    $"pack_padded_sequence: lengths must be sorted longest first with enforce_sorted (lengths[{b - 1}] = " +
                                    $"{length[b - 1]}, lengths[{b}] = {length[b]}); sort the batch or pass enforce_sorted: false.");
                        }
                    }
                    else
                    {
                        order = [.. order.OrderByDescending(b => length[b])];   // stable: equal lengths keep their order
                    }
                    var batchSizes = new long[length[order[0]]];
                    var index = new List<long>();
                    for (long t = 0; t < batchSizes.Length; t++)
                    {
                        foreach (long b in order)
                        {
                            if (length[b] <= t) break;
                            index.Add(t * batch + b);
                            batchSizes[t]++;
                        }
                    }
                    var rows = timeMajor.reshape([steps * batch, .. timeMajor.shape[2..]]).index_select(0, tensor(index.ToArray()));
                    var inverse = new long[batch];
                    for (int i = 0; i < batch; i++) inverse[order[i]] = i;
                    return new PackedSequence(rows, tensor(batchSizes), tensor(order), tensor(inverse));
                }

                /// <summary>
                /// Undoes packing: (padded [T, B, *] or [B, T, *], lengths int64 [B]) in the original batch order, padded with
                /// padding_value up to the longest sequence or total_length.
                /// </summary>
                public static (Tensor, Tensor) pad_packed_sequence(PackedSequence sequence, bool batch_first = false, double padding_value = 0.0,
                    long? total_length = null)
                {
                    var sizes = sequence.BatchSizes;
                    long batch = sizes[0], steps = total_length ?? sizes.Length;
                    if (steps < sizes.Length)
                        throw new ArgumentException(
                            $"pad_packed_sequence: total_length {total_length} is shorter than the longest sequence ({sizes.Length} steps).");
                    var starts = new long[sizes.Length];
                    for (int t = 1; t < sizes.Length; t++) starts[t] = starts[t - 1] + sizes[t - 1];
                    var sortedLength = new long[batch];
                    foreach (long size in sizes)
                    {
                        for (long j = 0; j < size; j++) sortedLength[j]++;
                    }
                    var positionInSorted = sequence.unsorted_indices.data<long>().ToArray();
                    var lengths = positionInSorted.Select(j => sortedLength[j]).ToArray();
                    var padded = GatherRows(sequence.data, padding_value, batch_first ? [batch, steps] : [steps, batch], (t, b) =>
                    {
                        long j = positionInSorted[b];
                        return t < sortedLength[j] ? starts[t] + j : -1;
                    }, batch_first);
                    return (padded, tensor(lengths));
                }

                /// <summary>Stacks sequences [L_i, *] into [max L, B, *] ([B, max L, *] with batch_first), padded with padding_value.</summary>
                public static Tensor pad_sequence(IEnumerable<Tensor> sequences, bool batch_first = false, double padding_value = 0.0)
                {
                    var list = CheckSequences("pad_sequence", sequences);
                    var starts = new long[list.Count];
                    for (int b = 1; b < list.Count; b++) starts[b] = starts[b - 1] + list[b - 1].shape[0];
                    long steps = list.Max(s => s.shape[0]), batch = list.Count;
                    return GatherRows(cat(list, 0), padding_value, batch_first ? [batch, steps] : [steps, batch],
                        (t, b) => t < list[(int)b].shape[0] ? starts[b] + t : -1, batch_first);
                }

                /// <summary>Packs sequences [L_i, *] (longest first unless enforce_sorted is false).</summary>
                public static PackedSequence pack_sequence(IEnumerable<Tensor> sequences, bool enforce_sorted = true)
                {
                    var list = CheckSequences("pack_sequence", sequences);
                    var lengths = tensor(list.Select(s => s.shape[0]).ToArray());
                    return pack_padded_sequence(pad_sequence(list), lengths, enforce_sorted: enforce_sorted);
                }

                /// <summary>
                /// Rows of source (plus one padding row) picked for every (t, b) of the output, laid out [T, B] or [B, T]:
                /// one index_select, so the gradient flows back to the rows it came from.
                /// </summary>
                private static Tensor GatherRows(Tensor source, double padding_value, long[] leading, Func<long, long, long> rowOf, bool batch_first)
                {
                    var rest = source.shape[1..];
                    var padding = full([1, .. rest], padding_value, source.dtype, source.device);
                    var withPadding = cat([source, padding], 0);
                    var index = new long[leading[0] * leading[1]];
                    for (long i = 0; i < leading[0]; i++)
                    {
                        for (long k = 0; k < leading[1]; k++)
                        {
                            long row = batch_first ? rowOf(k, i) : rowOf(i, k);
                            index[i * leading[1] + k] = row < 0 ? source.shape[0] : row;
                        }
                    }
                    return withPadding.index_select(0, tensor(index)).reshape([.. leading, .. rest]);
                }

                private static long[] Lengths(Tensor lengths, long batch, long steps)
                {
                    if (lengths.dim() != 1 || lengths.shape[0] != batch || lengths.is_floating_point())
                        throw new ArgumentException(
                            $"pack_padded_sequence: lengths must be a 1-d integer tensor with one entry per sequence ({batch}), got " +
                            $"{lengths.dtype.Name()} {lengths.ShapeText}.");
                    var values = lengths.to_type(ScalarType.Int64).data<long>().ToArray();
                    for (int b = 0; b < values.Length; b++)
                    {
                        if (values[b] < 1 || values[b] > steps)
                            throw new ArgumentException(
                                $"pack_padded_sequence: lengths[{b}] = {values[b]}, but every sequence needs between 1 and {steps} steps " +
                                "(the padded length).");
                    }
                    return values;
                }

                private static List<Tensor> CheckSequences(string who, IEnumerable<Tensor> sequences)
                {
                    var list = sequences.ToList();
                    if (list.Count == 0) throw new ArgumentException($"{who}: give at least one sequence.");
                    for (int b = 0; b < list.Count; b++)
                    {
                        if (list[b].dim() < 1 || list[b].shape[0] == 0 || !list[b].shape[1..].SequenceEqual(list[0].shape[1..]))
                            throw new ArgumentException(
                                $"{who}: every sequence must be [L, *] with L ≥ 1 and the same * as sequence 0 {list[0].ShapeText}; " +
                                $"sequence {b} is {list[b].ShapeText}.");
                    }
                    return list;
                }
            }
        }
    }
}
