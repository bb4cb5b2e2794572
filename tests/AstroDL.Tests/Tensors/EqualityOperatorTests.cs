using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

/// <summary>== and != between tensors compare elements as in TorchSharp; Equals and GetHashCode stay identity.</summary>
public class EqualityOperatorTests
{
    [Fact]
    public void EqualsAndNotEqualsGiveBoolTensorsElementByElement()
    {
        var a = tensor(new float[] { 1, 2, 3 });
        var b = tensor(new float[] { 1, 5, 3 });
        var same = a == b;
        Assert.Equal(ScalarType.Bool, same.dtype);
        Assert.Equal(new byte[] { 1, 0, 1 }, same.data<byte>().ToArray());
        Assert.Equal(new byte[] { 0, 1, 0 }, (a != b).data<byte>().ToArray());
        Assert.Equal(new byte[] { 1, 1 }, (tensor(new float[] { 2, 2 }) == tensor(new float[] { 2 })).data<byte>().ToArray());
    }

    [Fact]
    public void EqualsAndHashCodeAreIdentitySoEqualValuedTensorsStayApartInSets()
    {
        var a = tensor(new float[] { 1, 2 });
        var b = tensor(new float[] { 1, 2 });
        Assert.False(a.Equals(b));
        Assert.True(a.Equals(a));
        Assert.Equal(2, new HashSet<Tensor> { a, b, a }.Count);
    }
}
