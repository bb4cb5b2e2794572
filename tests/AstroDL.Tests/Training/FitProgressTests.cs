using AstroDL.Display;
using AstroDL.Tests.Tensors;
using AstroDL.Training;
using static AstroDL.torch;

namespace AstroDL.Tests.Training;

/// <summary>fit()'s progress reporting: these tests replace the console and the notebook host, both process-wide.</summary>
public class FitProgressTests
{
    private static (string Console, History History) Fit(int verbose, int epochs = 3)
    {
        manual_seed(1);
        var x = randn(40, 2);
        var y = x.select(1, 0).gt(0).to_type(ScalarType.Int64);
        var model = nn.Sequential(nn.Linear(2, 2));
        var trainer = model.compile(optim.SGD(model.parameters(), 0.1), nn.CrossEntropyLoss(), "accuracy");
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            var history = trainer.fit(x, y, epochs: epochs, batch_size: 10, validation_split: 0.25, verbose: verbose);
            return (output.ToString(), history);
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    [Fact]
    public void VerboseTwoPrintsOneLinePerEpochWithTheLogs()
    {
        var lines = Fit(verbose: 2).Console.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^Epoch 1/3 - loss: \d\.\d{4} - accuracy: \d\.\d{4} - val_loss: \d\.\d{4} - val_accuracy: \d\.\d{4} - \d+\.\d s$", lines[0]);
        Assert.StartsWith("Epoch 3/3 - ", lines[2]);
    }

    [Fact]
    public void VerboseZeroIsSilent() => Assert.Equal("", Fit(verbose: 0).Console);

    [Fact]
    public void InANotebookOneLiveDisplayIsShownAndReplacedUntilItShowsTheEnd()
    {
        var shown = new List<object?>();
        var updates = new List<string>();
        AppContext.SetData(NotebookDisplay.HostDataName, (Func<object?, Action<object?>?>)(value =>
        {
            shown.Add(value);
            return replacement => updates.Add(Rendering.As(replacement!, MimeType.PlainText)!);
        }));
        try
        {
            var (console, history) = Fit(verbose: 1);

            Assert.Equal("", console);
            var view = Assert.IsAssignableFrom<AstroDL.Plotting.Chart>(Assert.Single(shown));
            Assert.True(updates.Count >= 3, $"{updates.Count} updates");
            Assert.StartsWith("Epoch 3/3 [####################] 100% - loss: ", updates[^1]);
            Assert.Contains("val_loss: " + history["val_loss"][^1].ToString("F4", System.Globalization.CultureInfo.InvariantCulture), updates[^1]);
            var svg = SvgDocument(view);
            Assert.Contains(">validation</text>", svg);
            Assert.Contains(">Epoch 3/3  100%</text>", svg);
        }
        finally
        {
            AppContext.SetData(NotebookDisplay.HostDataName, null);
        }
    }

    [Fact]
    public void OutsideANotebookWithRedirectedOutputVerboseOnePrintsLines() =>
        Assert.Equal(3, Fit(verbose: 1).Console.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

    private static string SvgDocument(object chart) => Rendering.As(chart, MimeType.Svg)!;
}
