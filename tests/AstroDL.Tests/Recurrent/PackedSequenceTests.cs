using static AstroDL.torch;
using static AstroDL.torch.nn.utils.rnn;

namespace AstroDL.Tests.Recurrent;

/// <summary>pad_sequence, pack_sequence, pack_padded_sequence and pad_packed_sequence on hand-checked layouts, and their errors.</summary>
public class PackedSequenceTests
{
    private static Tensor Steps(params double[] values) => tensor(values).unsqueeze(1);   // [L, 1]

    [Fact]
    public void PadSequenceLaysOutTimeOrBatchFirst()
    {
        var sequences = new[] { Steps(1, 2), Steps(3, 4, 5) };
        var timeMajor = pad_sequence(sequences, padding_value: -1);
        Assert.Equal([3L, 2, 1], timeMajor.shape);
        Assert.Equal(new[] { 1.0, 3, 2, 4, -1, 5 }, timeMajor.data<double>().ToArray());
        var batchFirst = pad_sequence(sequences, batch_first: true);
        Assert.Equal(new[] { 1.0, 2, 0, 3, 4, 5 }, batchFirst.data<double>().ToArray());
    }

    [Fact]
    public void PacksLongestFirstAndPadsBackInTheOriginalOrder()
    {
        // Lengths 1, 3, 2: sorted order is sequences 1, 2, 0.
        var packed = pack_sequence([Steps(10), Steps(20, 21, 22), Steps(30, 31)], enforce_sorted: false);
        Assert.Equal(new long[] { 3, 2, 1 }, packed.batch_sizes.data<long>().ToArray());
        Assert.Equal(new long[] { 1, 2, 0 }, packed.sorted_indices.data<long>().ToArray());
        Assert.Equal(new long[] { 2, 0, 1 }, packed.unsorted_indices.data<long>().ToArray());
        Assert.Equal(new[] { 20.0, 30, 10, 21, 31, 22 }, packed.data.data<double>().ToArray());

        var (padded, lengths) = pad_packed_sequence(packed, batch_first: true, padding_value: 9, total_length: 4);
        Assert.Equal([3L, 4, 1], padded.shape);
        Assert.Equal(new[] { 10.0, 9, 9, 9, 20, 21, 22, 9, 30, 31, 9, 9 }, padded.data<double>().ToArray());
        Assert.Equal(new long[] { 1, 3, 2 }, lengths.data<long>().ToArray());
    }

    [Fact]
    public void GradientReachesOnlyTheStepsThatWerePacked()
    {
        var input = ones([3, 2, 1], float64).requires_grad_();
        var packed = pack_padded_sequence(input, tensor(new long[] { 3, 1 }));
        packed.data.sum().backward();
        Assert.Equal(new[] { 1.0, 1, 1, 0, 1, 0 }, input.grad!.data<double>().ToArray());
    }

    [Fact]
    public void ExplainsBadLengthsAndShapes()
    {
        var input = zeros([3, 2, 1]);
        Assert.Contains("enforce_sorted: false",
            Assert.Throws<ArgumentException>(() => pack_padded_sequence(input, tensor(new long[] { 1, 3 }))).Message);
        Assert.Contains("lengths[1] = 4",
            Assert.Throws<ArgumentException>(() => pack_padded_sequence(input, tensor(new long[] { 3, 4 }))).Message);
        Assert.Contains("lengths[1] = 0",
            Assert.Throws<ArgumentException>(() => pack_padded_sequence(input, tensor(new long[] { 3, 0 }))).Message);
        Assert.Contains("one entry per sequence (2)",
            Assert.Throws<ArgumentException>(() => pack_padded_sequence(input, tensor(new long[] { 3 }))).Message);
        Assert.Contains("sequence 1 is [2, 2]", Assert.Throws<ArgumentException>(() => pad_sequence([zeros(3, 1), zeros(2, 2)])).Message);
        var packed = pack_padded_sequence(input, tensor(new long[] { 3, 2 }));
        Assert.Contains("total_length 2", Assert.Throws<ArgumentException>(() => pad_packed_sequence(packed, total_length: 2)).Message);
        Assert.Contains("[Σ lengths, 4]", Assert.Throws<ArgumentException>(() => nn.GRU(4, 2).call(packed)).Message);
    }
}
