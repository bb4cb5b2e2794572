using static AstroDL.torch;

namespace AstroDL.Tests.NN;

/// <summary>A float64 input into a float32 layer is refused (as in PyTorch) instead of leaving a float64 .grad on a float32 weight.</summary>
public class WeightDtypeTests
{
    public static TheoryData<string> Layers => ["Linear", "Conv2d", "ConvTranspose2d", "LSTM", "GRU packed"];

    [Theory]
    [MemberData(nameof(Layers))]
    public void NamesBothDtypesAndTheFix(string layer)
    {
        Action run = layer switch
        {
            "Linear" => () => nn.Linear(3, 2).call(randn([4, 3], float64)),
            "Conv2d" => () => nn.Conv2d(1, 2, 3).call(randn([1, 1, 5, 5], float64)),
            "ConvTranspose2d" => () => nn.ConvTranspose2d(1, 2, 3).call(randn([1, 1, 5, 5], float64)),
            "LSTM" => () => nn.LSTM(3, 2).call(randn([5, 1, 3], float64)),
            _ => () => nn.GRU(3, 2).call(nn.utils.rnn.pack_sequence([randn([4, 3], float64), randn([2, 3], float64)])),
        };
        var message = Assert.Throws<ArgumentException>(run).Message;
        Assert.Contains("the input is float64 but the layer's weight is float32", message);
        Assert.Contains("model.to(float64)", message);
    }

    [Fact]
    public void MatchingDtypesStillWork()
    {
        var layer = nn.Linear(3, 2).to(float64);
        Assert.Equal(ScalarType.Float64, layer.call(randn([4, 3], float64)).dtype);
    }
}
