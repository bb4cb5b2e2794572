using AstroDL.Modules;
using static AstroDL.torch;

namespace AstroDL.Tests.Serialization;

public class ModuleCheckpointTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A model with a parameter, a buffer and a submodule (layers are not needed to test checkpoints).</summary>
    private sealed class Net : nn.Module<Tensor, Tensor>
    {
        private readonly Parameter weight;
        private readonly Tensor steps;
        private readonly Leaf head;

        public Net(long width, long seed)
            : base("Net")
        {
            var g = new Generator((ulong)seed);
            weight = nn.Parameter(randn([width, 2], generator: g));
            steps = tensor(seed);
            head = new Leaf(randn([2], generator: g));
            RegisterComponents();
        }

        public override Tensor forward(Tensor input) => head.forward(input.matmul(weight));
    }

    private sealed class Leaf : nn.Module<Tensor, Tensor>
    {
        private readonly Parameter bias;

        public Leaf(Tensor init)
            : base("Leaf")
        {
            bias = nn.Parameter(init);
            RegisterComponents();
        }

        public override Tensor forward(Tensor input) => input + bias;
    }

    [Fact]
    public void SavedModelLoadsIntoAFreshOneWithIdenticalTensors()
    {
        var path = folder.File("net.safetensors");
        var trained = new Net(3, seed: 1);
        trained.save(path);
        var fresh = new Net(3, seed: 2);
        Assert.False(fresh.state_dict()["weight"].equal(trained.state_dict()["weight"]));

        Assert.Same(fresh, fresh.load(path));

        var expected = trained.state_dict();
        var actual = fresh.state_dict();
        Assert.Equal(["head.bias", "steps", "weight"], actual.Keys.Order());
        foreach (var (name, t) in expected)
        {
            Assert.Equal(t.dtype, actual[name].dtype);
            Assert.True(t.equal(actual[name]), name);
        }
        Assert.True(actual["weight"].requires_grad);
    }

    [Fact]
    public void ShapeMismatchNamesTheFileAndTheTensorAndChangesNothing()
    {
        var path = folder.File("wide.safetensors");
        new Net(4, seed: 1).save(path);
        var model = new Net(3, seed: 2);
        var before = model.state_dict()["head.bias"].clone();

        var e = Assert.Throws<ArgumentException>(() => model.load(path));

        Assert.Contains(path, e.Message);
        Assert.Contains("'weight' has shape [4, 2]", e.Message);
        Assert.True(before.equal(model.state_dict()["head.bias"]));
    }

    [Fact]
    public void NameMismatchIsAnErrorWhenStrictAndSkippedOtherwise()
    {
        var path = folder.File("leaf.safetensors");
        new Leaf(tensor(new float[] { 5, 6 })).save(path);
        var model = new Net(3, seed: 2);

        var e = Assert.Throws<ArgumentException>(() => model.load(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("missing keys: weight, head.bias, steps", e.Message);
        Assert.Contains("unexpected keys: bias", e.Message);

        var leaf = new Leaf(zeros(2));
        leaf.load(folder.File("leaf.safetensors"));
        Assert.Equal(new float[] { 5, 6 }, leaf.state_dict()["bias"].data<float>().ToArray());
        var net = new Net(3, seed: 2);
        var before = net.state_dict()["weight"].clone();
        net.load(path, strict: false);
        Assert.True(before.equal(net.state_dict()["weight"]));
    }
}
