using static AstroDL.torch;

namespace AstroDL.Tests.Display;

public class ModelSummaryTests
{
    [Fact]
    public void SummaryListsLayersWithOutputShapesAndParameterCounts()
    {
        var model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Sequential(nn.Linear(128, 10)));

        var summary = model.summary(1, 784);

        Assert.Equal(["0", "1", "2", "2.0"], summary.Rows.Select(r => r.Name));
        Assert.Equal(["[1, 128]", "[1, 128]", "[1, 10]", "[1, 10]"], summary.Rows.Select(r => r.OutputShape));
        Assert.Equal([100_480L, 0L, null, 1_290L], summary.Rows.Select(r => r.Parameters));
        Assert.Equal(101_770, summary.TotalParameters);
        Assert.Equal("[1, 10]", summary.OutputShape);
        var text = summary.ToString();
        Assert.Contains("0 (Linear)", text);
        Assert.Contains("  0 (Linear)", text.Split('\n').Last(l => l.Contains("[1, 10]") && l.Contains("1,290")));
        Assert.Contains("Total params: 101,770", text);
        Assert.Contains("Trainable params: 101,770", text);
    }

    [Fact]
    public void FrozenParametersCountAsNonTrainableAndTheModelKeepsItsMode()
    {
        var model = nn.Sequential(nn.Linear(3, 2), nn.Dropout(0.5));
        model[0].parameters().First().requires_grad = false;
        model.train();

        var summary = model.summary(5, 3);

        Assert.Equal(6, summary.NonTrainableParameters);
        Assert.Equal(2, summary.TrainableParameters);
        Assert.True(model.training);
        Assert.Contains("<div>Non-trainable params: 6</div>", Rendering(summary));
    }

    private static string Rendering(object value) => AstroDL.Display.Rendering.As(value, AstroDL.Display.MimeType.Html)!;
}
