using AstroDL.Modules;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

public class ModuleTests
{
    private static Sequential Mlp() => Sequential(Linear(784, 16), ReLU(), Linear(16, 16), ReLU(), Linear(16, 10));

    [Fact]
    public void UnnamedSequentialNamesLayersByPosition()
    {
        var model = Mlp();
        Assert.Equal(["0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias"], model.state_dict().Keys);
        Assert.Equal(5, model.Count);
        Assert.IsType<Modules.ReLU>(model[1]);
        Assert.IsType<Modules.Linear>(model[-1]);
        Assert.Equal(5, model.Count());
    }

    [Fact]
    public void NamedSequentialUsesTheNames()
    {
        var model = Sequential(("fc1", Linear(784, 128)), ("relu", ReLU()), ("fc2", Linear(128, 10)));
        Assert.Equal(["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"], model.named_parameters().Select(p => p.name));
        Assert.Equal([128L, 784], model.named_parameters().First().parameter.shape);
        Assert.Equal(["fc1", "relu", "fc2"], model.named_children().Select(c => c.name));
        var error = Assert.Throws<ArgumentException>(() => model.append("relu", Tanh()));
        Assert.Contains("relu", error.Message);
    }

    [Fact]
    public void AppendContinuesThePositionNamesAndSlicesKeepNames()
    {
        var model = Sequential(Linear(4, 3), Tanh()).append(Linear(3, 2));
        Assert.Equal(["0.weight", "0.bias", "2.weight", "2.bias"], model.state_dict().Keys);
        var tail = model[1..];
        Assert.Equal(2, tail.Count);
        Assert.Equal(["2.weight", "2.bias"], tail.state_dict().Keys);
        Assert.Equal([5L, 2], model.call(randn(5, 4)).shape);
    }

    [Fact]
    public void MlpHasTheRightParameterCount()
    {
        Assert.Equal(13002, Mlp().parameters().Sum(p => p.numel()));
        Assert.All(Mlp().parameters(), p => Assert.True(p.requires_grad));
    }

    [Fact]
    public void TrainAndEvalReachEveryLayer()
    {
        var model = Sequential(Linear(2, 2), Sequential(Dropout(), ReLU()));
        model.eval();
        Assert.All(model.modules(), m => Assert.False(m.training));
        model.train();
        Assert.All(model.modules(), m => Assert.True(m.training));
    }

    [Fact]
    public void LoadStateDictCopiesValuesAndExplainsMismatches()
    {
        var source = Mlp();
        var target = Mlp();
        target.load_state_dict(source.state_dict());
        Assert.True(source[0].parameters().First().equal(target[0].parameters().First()));

        var missing = source.state_dict();
        missing.Remove("2.bias");
        var missingError = Assert.Throws<ArgumentException>(() => target.load_state_dict(missing));
        Assert.Contains("missing keys: 2.bias", missingError.Message);

        var reshaped = source.state_dict();
        reshaped["4.weight"] = zeros(10, 15);
        var shapeError = Assert.Throws<ArgumentException>(() => target.load_state_dict(reshaped));
        Assert.Contains("'4.weight'", shapeError.Message);
        Assert.Contains("[10, 15]", shapeError.Message);
        Assert.Contains("[10, 16]", shapeError.Message);
    }

    private sealed class TwoLayerNet : Module<Tensor, Tensor>
    {
        private readonly Module<Tensor, Tensor> fc1 = Linear(6, 4);
        private readonly Module<Tensor, Tensor> fc2 = Linear(4, 2);
        private readonly Module<Tensor, Tensor> drop = Dropout(0.2);

        public TwoLayerNet()
            : base(nameof(TwoLayerNet)) => RegisterComponents();

        public override Tensor forward(Tensor input) => fc2.call(drop.call(functional.relu(fc1.call(input))));
    }

    [Fact]
    public void RegisterComponentsFindsTheLayersOfACustomModule()
    {
        var net = new TwoLayerNet();
        Assert.Equal(["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"], net.state_dict().Keys);
        Assert.Equal([3L, 2], net.call(randn(3, 6)).shape);
        net.eval();
        Assert.All(net.modules(), m => Assert.False(m.training));
        Assert.Equal(
            "TwoLayerNet(\n  (fc1): Linear(in_features=6, out_features=4, bias=True)\n  (fc2): Linear(in_features=4, out_features=2, bias=True)\n" +
            "  (drop): Dropout(p=0.2)\n)",
            net.ToString());
    }

    [Fact]
    public void ModulesPrintLikePyTorch()
    {
        Assert.Equal("Linear(in_features=784, out_features=128, bias=True)", Linear(784, 128).ToString());
        Assert.Equal("Linear(in_features=3, out_features=1, bias=False)", Linear(3, 1, hasBias: false).ToString());
        Assert.Equal("LeakyReLU(negative_slope=0.01)", LeakyReLU().ToString());
        Assert.Equal("ELU(alpha=1.0)", ELU().ToString());
        Assert.Equal("Softplus(beta=1.0, threshold=20.0)", Softplus().ToString());
        Assert.Equal("Softmax(dim=1)", Softmax(1).ToString());
        Assert.Equal("Flatten(start_dim=1, end_dim=-1)", Flatten().ToString());
        Assert.Equal("Unflatten(dim=1, unflattened_size=(2, 3))", Unflatten(1, [2, 3]).ToString());
        Assert.Equal("Identity()", Identity().ToString());
        Assert.Equal(
            "Sequential(\n  (0): Flatten(start_dim=1, end_dim=-1)\n  (1): Sequential(\n    (0): Linear(in_features=4, out_features=2, bias=True)\n" +
            "    (1): Tanh()\n  )\n)",
            Sequential(Flatten(), Sequential(Linear(4, 2), Tanh())).ToString());
    }

    [Fact]
    public void LinearExplainsAWrongInputSize()
    {
        var error = Assert.Throws<ArgumentException>(() => Linear(784, 10).call(zeros(64, 100)));
        Assert.Contains("[64, 100]", error.Message);
        Assert.Contains("784", error.Message);
    }

    [Fact]
    public void LinearHonoursDtypeAndCanDropTheBias()
    {
        var layer = Linear(3, 2, hasBias: false, dtype: ScalarType.Float64);
        Assert.Null(layer.bias);
        Assert.Equal(ScalarType.Float64, layer.weight.dtype);
        Assert.Equal(["weight"], layer.state_dict().Keys);
        Assert.Equal(3, layer.in_features);
        Assert.Equal(2, layer.out_features);
    }

    [Fact]
    public void ModuleListRegistersItsItemsByPosition()
    {
        var list = ModuleList(Linear(2, 2), Linear(2, 3));
        list.append(Linear(3, 1));
        Assert.Equal(["0.weight", "0.bias", "1.weight", "1.bias", "2.weight", "2.bias"], list.state_dict().Keys);
        var middle = list[1];
        list.RemoveAt(0);
        Assert.Same(middle, list[0]);
        Assert.Equal(["0.weight", "0.bias", "1.weight", "1.bias"], list.state_dict().Keys);
        Assert.Equal([3L, 2], list[0].weight.shape);

        var mixed = ModuleList(Linear(2, 2), ReLU());
        Assert.Equal(2, mixed.Count);
        Assert.StartsWith("ModuleList(\n  (0): Linear", mixed.ToString());
    }

    [Fact]
    public void FlattenAndUnflattenAreInverse()
    {
        var x = randn(2, 6, 4);
        var flat = Flatten().call(x);
        Assert.Equal([2L, 24], flat.shape);
        var back = Unflatten(1, [6, 4]).call(flat);
        Assert.True(back.equal(x));
        var error = Assert.Throws<ArgumentException>(() => Unflatten(1, [5, 4]).call(flat));
        Assert.Contains("24", error.Message);
    }

    [Fact]
    public void ModuleMovesToFloat64InPlace()
    {
        var model = Mlp();
        var weight = model.parameters().First();
        model.to(ScalarType.Float64);
        Assert.Same(weight, model.parameters().First());
        Assert.All(model.parameters(), p => Assert.Equal(ScalarType.Float64, p.dtype));
        Assert.Equal(ScalarType.Float64, model.call(randn([1, 784], ScalarType.Float64)).dtype);
    }
}
