using static AstroDL.torch;

namespace AstroDL.Tests.Tensors;

public class ViewTests
{
    [Fact]
    public void WritingThroughAViewChangesTheBase()
    {
        var a = arange(12).reshape(3, 4);
        a.t()[1, 2] = tensor(100L);
        a[.., TensorIndex.Slice(null, null, 2)][0].fill_(-1);
        a.narrow(0, 2, 1).squeeze(0).unsqueeze(0).mul_(10);
        a.view(-1)[5] = tensor(55L);
        Assert.Equal(new long[] { -1, 1, -1, 3, 4, 55, 6, 7, 80, 1000, 100, 110 }, a.data<long>().ToArray());
    }

    [Fact]
    public void ViewsShareStorage()
    {
        var a = zeros(2, 3);
        Assert.Same(a.storage, a.transpose(0, 1).storage);
        Assert.Same(a.storage, a.expand(4, 2, 3).storage);
        Assert.Same(a.storage, a[1].storage);
        Assert.Same(a.storage, a.unsqueeze(0).permute(2, 0, 1).storage);
        Assert.Same(a.storage, a.detach().storage);
        Assert.NotSame(a.storage, a.clone().storage);
    }

    [Fact]
    public void ReshapeCopiesOnlyWhenNeeded()
    {
        var a = arange(24).reshape(2, 3, 4);
        Assert.Same(a.storage, a.reshape(6, 4).storage);
        Assert.Same(a.storage, a.permute(1, 0, 2).reshape(3, 2, 4).storage);
        // [2, 4] rows 12 apart: merging them needs a copy, but splitting one row does not.
        Assert.NotSame(a.storage, a[.., 1].reshape(8).storage);
        Assert.Same(a.storage, a[.., 1].reshape(2, 2, 2).storage);
        var t = a.transpose(1, 2);
        Assert.False(t.is_contiguous());
        var copied = t.reshape(24);
        Assert.NotSame(a.storage, copied.storage);
        Assert.Equal(new long[] { 0, 4, 8, 1, 5, 9 }, copied[..6].data<long>().ToArray());
        Assert.Same(copied.storage, copied.contiguous().storage);
    }

    [Fact]
    public void ViewRefusesAnImpossibleLayout()
    {
        var error = Assert.Throws<InvalidOperationException>(() => arange(6).reshape(2, 3).t().view(6));
        Assert.Contains("reshape()", error.Message);
        Assert.Contains("[3, 2]", error.Message);
        Assert.Throws<ArgumentException>(() => arange(6).view(4, -1));
    }

    [Fact]
    public void ShapeFunctions()
    {
        var x = zeros(2, 1, 3);
        Assert.Equal(new long[] { 2, 3 }, x.squeeze().shape);
        Assert.Equal(new long[] { 2, 1, 3 }, x.squeeze(0).shape);
        Assert.Equal(new long[] { 2, 1, 3, 1 }, x.unsqueeze(-1).shape);
        Assert.Equal(new long[] { 2, 3 }, x.flatten(1).shape);
        Assert.Equal(new long[] { 2, 1, 3 }, x.flatten().unflatten(0, 2, 1, 3).shape);
        Assert.Equal(new long[] { 2, 4, 3 }, x.expand(-1, 4, -1).shape);
        Assert.Equal(new long[] { 3, 1, 2 }, x.T.shape);
        Assert.Equal(new long[] { 2, 3, 1 }, x.mT.shape);
        Assert.Equal(new long[] { 4, 2, 6 }, x.repeat(2, 2, 2).shape);
        Assert.Contains("only size-1 dimensions can grow", Assert.Throws<ArgumentException>(() => zeros(2, 3).expand(4, 3)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => x.transpose(0, 3));
    }

    [Fact]
    public void IndexerSlicesLikePython()
    {
        var a = arange(6);
        Assert.Equal(new long[] { 4, 5 }, a[^2..].data<long>().ToArray());
        Assert.Equal(new long[] { 1, 2, 3, 4 }, a[1..^1].data<long>().ToArray());
        Assert.Equal(new long[] { 4, 5 }, a[TensorIndex.Slice(-2)].data<long>().ToArray());
        Assert.Equal(new long[] { 1, 3, 5 }, a[TensorIndex.Slice(1, null, 2)].data<long>().ToArray());
        Assert.Equal(5, a[-1].ToInt64());
        Assert.Equal(0, a[4..2].numel());
        var m = arange(24).reshape(2, 3, 4);
        Assert.Equal(new long[] { 2, 3 }, m[TensorIndex.Ellipsis, 1].shape);
        Assert.Equal(new long[] { 2, 1, 3, 4 }, m[.., TensorIndex.None].shape);
        Assert.Equal(new long[] { 2, 2, 4 }, m[.., tensor(new long[] { 2, 0 })].shape);
        Assert.Equal(new long[] { 20, 21, 22, 23 }, m[1, -1].data<long>().ToArray());
        Assert.Throws<IndexOutOfRangeException>(() => a[6]);
        Assert.Throws<IndexOutOfRangeException>(() => a[0, 0]);
    }

    [Fact]
    public void SplittingAndJoining()
    {
        var a = arange(10);
        Assert.Equal(new long[] { 4, 4, 2 }, a.split(4).Select(p => p.numel()).ToArray());
        Assert.Equal(new long[] { 4, 4, 2 }, a.chunk(3).Select(p => p.numel()).ToArray());
        Assert.Equal(new long[] { 1, 2, 3, 4 }, a.split([1, 2, 3, 4]).Select(p => p.numel()).ToArray());
        var m = a.reshape(2, 5);
        Assert.Equal(5, m.unbind(1).Length);
        Assert.Equal(new long[] { 4, 5 }, cat([m, m]).shape);
        Assert.Equal(new long[] { 2, 2, 5 }, stack([m, m], 1).shape);
        Assert.Contains("same shape except in dimension 0", Assert.Throws<ArgumentException>(() => cat([m, zeros(2, 4)])).Message);
        Assert.Throws<ArgumentException>(() => a.split([1, 2]));
    }
}
