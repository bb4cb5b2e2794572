using AstroDL.Backends.Cuda.Memory;

namespace AstroDL.Tests.Cuda;

public class SizeClassesTests
{
    [Theory]
    [InlineData(0, 512)]
    [InlineData(1, 512)]
    [InlineData(512, 512)]
    [InlineData(513, 1024)]
    [InlineData(784 * 128 * 4, 401408)]
    [InlineData(1 << 20, 1 << 20)]
    [InlineData((1 << 20) + 1, (1 << 20) + (1 << 18))]
    [InlineData(3 << 20, 3 << 20)]
    [InlineData((3 << 20) + 1, (7 << 19))]
    [InlineData(1L << 33, 1L << 33)]
    public void Requests_round_up_to_their_class(long bytes, long expected) => Assert.Equal(expected, SizeClasses.Of(bytes));

    [Fact]
    public void A_class_never_wastes_more_than_a_quarter_above_one_mebibyte()
    {
        for (long bytes = (1 << 20) + 1; bytes < 1L << 34; bytes = bytes * 5 / 4 + 12345)
        {
            long size = SizeClasses.Of(bytes);
            Assert.True(size >= bytes && size - bytes < size / 4.0, $"{bytes} -> {size}");
            Assert.Equal(size, SizeClasses.Of(size));
        }
    }
}
