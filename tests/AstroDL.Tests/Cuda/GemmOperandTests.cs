using AstroDL.Backends.Cuda;

namespace AstroDL.Tests.Cuda;

public class GemmOperandTests
{
    [Fact]
    public void A_row_major_matrix_is_read_as_is_with_its_row_stride() =>
        Assert.Equal(new GemmOperand(false, 784), GemmOperand.Describe(64, 784, 784, 1));

    [Fact]
    public void A_row_major_slice_keeps_the_parent_row_stride() =>
        Assert.Equal(new GemmOperand(false, 10), GemmOperand.Describe(4, 3, 10, 1));

    [Fact]
    public void A_transposed_view_is_read_with_the_transpose_flag()
    {
        // weight.T of a [128, 784] weight: shape [784, 128], strides (1, 784).
        Assert.Equal(new GemmOperand(true, 784), GemmOperand.Describe(784, 128, 1, 784));
    }

    [Fact]
    public void Vectors_fit_either_way()
    {
        Assert.Equal(new GemmOperand(false, 5), GemmOperand.Describe(1, 5, 0, 1));
        Assert.Equal(new GemmOperand(false, 3), GemmOperand.Describe(5, 1, 3, 42));
    }

    [Fact]
    public void Broadcast_rows_and_overlapping_strides_need_a_copy()
    {
        Assert.Null(GemmOperand.Describe(4, 3, 0, 1));
        Assert.Null(GemmOperand.Describe(4, 3, 6, 2));
        Assert.Null(GemmOperand.Describe(4, 3, 2, 1));
    }
}
