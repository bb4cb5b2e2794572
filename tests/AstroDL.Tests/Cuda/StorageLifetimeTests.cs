using AstroDL.Backends;
using AstroDL.Backends.Cpu;
using static AstroDL.torch;

namespace AstroDL.Tests.Cuda;

/// <summary>Storage memory is released when the last tensor using it is disposed (what frees GPU memory deterministically).</summary>
public class StorageLifetimeTests
{
    private sealed class CountingStorage() : Storage(ScalarType.Float32, 6)
    {
        public int Releases { get; private set; }

        public override IBackend Backend => CpuBackend.Instance;

        protected override void Free() => Releases++;
    }

    private static Tensor Wrap(Storage storage) => new(storage, 0, [2, 3], [3, 1]);

    [Fact]
    public void Disposing_a_tensor_keeps_the_memory_while_a_view_uses_it()
    {
        var storage = new CountingStorage();
        var t = Wrap(storage);
        var view = t.detach();
        t.Dispose();
        Assert.Equal(0, storage.Releases);
        view.Dispose();
        Assert.Equal(1, storage.Releases);
        view.Dispose();
        Assert.Equal(1, storage.Releases);
    }

    [Fact]
    public void A_dispose_scope_releases_what_was_created_inside_it()
    {
        var storage = new CountingStorage();
        using (NewDisposeScope())
        {
            var t = Wrap(storage);
            _ = t.detach();
        }
        Assert.Equal(1, storage.Releases);
    }

    [Fact]
    public void A_tensor_kept_out_of_the_scope_keeps_its_memory()
    {
        var storage = new CountingStorage();
        Tensor kept;
        using (NewDisposeScope())
        {
            kept = Wrap(storage).MoveToOuterDisposeScope();
        }
        Assert.Equal(0, storage.Releases);
        kept.Dispose();
        Assert.Equal(1, storage.Releases);
    }

    [Fact]
    public void Replacing_a_tensor_data_releases_the_old_storage()
    {
        var old = new CountingStorage();
        var t = Wrap(old);
        var replacement = Wrap(new CountingStorage());
        t.ReplaceData(replacement);
        Assert.Equal(1, old.Releases);
    }
}
