using AstroDL.Backends;
using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Tests.Cuda;

public class StridedArgsTests
{
    private static long[] Sizes(StridedArgs s) => Enumerable.Range(0, (int)s.Rank).Select(s.SizeAt).ToArray();

    private static long[] Strides(StridedArgs s, int operand) => Enumerable.Range(0, (int)s.Rank).Select(d => s.StrideOf(operand, d)).ToArray();

    [Fact]
    public void Contiguous_operands_become_one_flat_dimension()
    {
        long[] shape = [4, 5, 6];
        var strides = Layout.ContiguousStrides(shape);
        var s = StridedArgs.Create(shape, (0, strides), (10, strides));
        Assert.Equal(1, s.Rank);
        Assert.Equal(120, s.Count);
        Assert.Equal([120L], Sizes(s));
        Assert.Equal([1L], Strides(s, 0));
        Assert.Equal(10, s.OffsetOf(1));
    }

    [Fact]
    public void A_broadcast_bias_keeps_the_dimension_it_repeats_over()
    {
        // y[64, 128] = x[64, 128] + b[128] read with stride 0 along the batch.
        var s = StridedArgs.Create([64, 128], (0, [128, 1]), (3, [0, 1]), (0, [128, 1]));
        Assert.Equal([64L, 128L], Sizes(s));
        Assert.Equal([128L, 1L], Strides(s, 0));
        Assert.Equal([0L, 1L], Strides(s, 1));
        Assert.Equal(3, s.OffsetOf(1));
    }

    [Fact]
    public void Size_one_dimensions_drop_out_and_a_transpose_stays_two_dimensional()
    {
        var s = StridedArgs.Create([1, 3, 1, 2], (7, [99, 1, 42, 3]), (0, [6, 2, 2, 1]));
        Assert.Equal([3L, 2L], Sizes(s));
        Assert.Equal([1L, 3L], Strides(s, 0));
        Assert.Equal([2L, 1L], Strides(s, 1));
    }

    [Fact]
    public void Merging_needs_every_operand_to_be_contiguous_across_the_dims()
    {
        // Operand 0 is contiguous over [2, 3, 4]; operand 1 is a slice whose rows are 8 apart: only the first two dims merge for it.
        var s = StridedArgs.Create([2, 3, 4], (0, [12, 4, 1]), (0, [24, 8, 1]));
        Assert.Equal([6L, 4L], Sizes(s));
        Assert.Equal([4L, 1L], Strides(s, 0));
        Assert.Equal([8L, 1L], Strides(s, 1));
    }

    [Fact]
    public void A_scalar_is_rank_zero_with_one_element()
    {
        var s = StridedArgs.Create([], (5, []));
        Assert.Equal(0, s.Rank);
        Assert.Equal(1, s.Count);
        Assert.Equal(5, s.OffsetOf(0));
    }

    [Fact]
    public void More_than_eight_unmergeable_dims_are_refused_with_advice()
    {
        var shape = Enumerable.Repeat(2L, 9).ToArray();
        var strides = Enumerable.Range(0, 9).Select(i => (long)(1 << (2 * (8 - i)))).ToArray();
        var error = Assert.Throws<NotSupportedException>(() => StridedArgs.Create(shape, (0, strides)));
        Assert.Contains(".contiguous()", error.Message);
    }

    [Fact]
    public void The_layout_matches_the_kernel_struct()
    {
        // long long rank, count, size[8], offset[4], stride[4][8]
        Assert.Equal(8 * (2 + 8 + 4 + 32), System.Runtime.InteropServices.Marshal.SizeOf<StridedArgs>());
        Assert.Contains("long long stride[MAX_OPERANDS][MAX_RANK];", CommonKernelSource.Source);
        Assert.Contains($"#define MAX_RANK {StridedArgs.MaxRank}", CommonKernelSource.Source);
        Assert.Contains($"#define MAX_OPERANDS {StridedArgs.MaxOperands}", CommonKernelSource.Source);
    }
}
