using System.Globalization;
using AstroDL.Plotting;
using static AstroDL.torch;

namespace AstroDL.Tests.Plotting;

public class FigureSvgTests
{
    private static Figure TrainingCurves() =>
        new Figure("Loss", xlabel: "epoch", ylabel: "loss")
            .Line(new[] { 1.0, 2, 3, 4 }, new[] { 0.9, 0.5, 0.35, 0.3 }, label: "train")
            .Line(new[] { 1, 2, 3, 4 }, new[] { 1.0f, 0.6f, 0.5f, 0.48f }, label: "validation", dashed: true)
            .Scatter(tensor(new[] { 2.5f }), tensor(new[] { 0.7f }), label: "note");

    [Fact]
    public void FigureIsWellFormedSvgWithTitleAxisLabelsTicksAndLegend()
    {
        var root = SvgAssert.Parse(TrainingCurves().ToSvg());

        Assert.Equal("480", (string?)root.Attribute("width"));
        var texts = SvgAssert.Texts(root);
        Assert.Contains("Loss", texts);
        Assert.Contains("epoch", texts);
        Assert.Contains("loss", texts);
        Assert.Contains("train", texts);
        Assert.Contains("validation", texts);
        Assert.Contains("note", texts);
        // x from 1 to 4 gets ticks at 1, 2, 3, 4; y from 0.3 to 1 gets 0.2, 0.4, ... 1.0 with one decimal each.
        Assert.Equal(["1", "2", "3", "4"], texts.Where(t => t.Length == 1 && char.IsDigit(t[0])));
        Assert.Equal(["0.2", "0.4", "0.6", "0.8", "1.0"], texts.Where(t => t.StartsWith("0.") || t == "1.0"));
        Assert.Equal(2, SvgAssert.All(root, "polyline").Count());
        Assert.Contains(SvgAssert.All(root, "polyline"), p => (string?)p.Attribute("stroke-dasharray") == "5,3");
        Assert.Equal(2, SvgAssert.All(root, "circle").Count()); // the point and its legend dot
    }

    [Fact]
    public void LegendDrawsADashedSeriesDashedAndASolidOneSolid()
    {
        var samples = SvgAssert.All(SvgAssert.Parse(TrainingCurves().ToSvg()), "line")
            .Where(l => (string?)l.Attribute("stroke-width") == "2")   // the legend's line samples
            .ToList();

        Assert.Equal(2, samples.Count);
        Assert.Null(samples[0].Attribute("stroke-dasharray"));   // "train"
        Assert.Equal("5,3", (string?)samples[1].Attribute("stroke-dasharray"));   // "validation", drawn dashed
    }

    [Fact]
    public void LegendGoesToTheCornerThatHidesNoData()
    {
        static (double X, double Y) LegendBox(Figure figure)
        {
            var box = SvgAssert.All(SvgAssert.Parse(figure.ToSvg()), "rect").Single(r => (string?)r.Attribute("stroke") == "#cccccc");
            return (double.Parse((string)box.Attribute("x")!, CultureInfo.InvariantCulture), double.Parse((string)box.Attribute("y")!, CultureInfo.InvariantCulture));
        }
        double[] epochs = [1, 2, 3, 4, 5];

        var falling = LegendBox(new Figure("loss").Line(epochs, new[] { 1.0, 0.5, 0.3, 0.2, 0.15 }, label: "train"));
        var rising = LegendBox(new Figure("accuracy").Line(epochs, new[] { 0.60, 0.80, 0.90, 0.95, 1.0 }, label: "train"));

        Assert.True(falling.X > 200 && falling.Y < 10, $"a falling curve leaves the top right free: {falling}");
        Assert.True(rising.X < 10 && rising.Y < 10, $"a rising curve ends in the top right, so the legend goes to the free top left: {rising}");

        // Curves along the top and the bottom, and a vertical line at the left: only the middle of the right side is free.
        var crowded = LegendBox(new Figure("accuracy", width: 480, height: 320)
            .Line(epochs, new[] { 0.9, 0.95, 0.97, 0.97, 0.97 }, label: "a")
            .Line(epochs, new[] { 0.1, 0.1, 0.12, 0.1, 0.11 }, label: "b")
            .Line(new[] { 1.2, 1.2 }, new[] { 0.0, 1.0 }, label: "c"));
        Assert.True(crowded.X > 300 && crowded.Y > 80 && crowded.Y < 200, $"the free middle of the right side: {crowded}");
    }

    [Fact]
    public void OutputIsTheSameBytesEveryTimeAndInEveryCulture()
    {
        var first = TrainingCurves().ToSvg();
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(first, TrainingCurves().ToSvg());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Contains(">0.4<", first);
    }

    [Fact]
    public void NonFiniteValuesBreakTheLineInsteadOfDrawingIt()
    {
        var root = SvgAssert.Parse(Plot.Line(new[] { 1.0, 2, double.NaN, 3, 4 }).ToSvg());

        Assert.Equal(2, SvgAssert.All(root, "polyline").Count());
    }

    [Fact]
    public void LimitsOverrideTheDataRangeAndEmptyFiguresStillRender()
    {
        var limited = SvgAssert.Texts(SvgAssert.Parse(Plot.Line(new[] { 0.0, 50 }).YLim(0, 10).ToSvg()));

        Assert.Contains("10", limited);
        Assert.DoesNotContain("50", limited);
        SvgAssert.Parse(new Figure().ToSvg());
    }

    [Fact]
    public void TextIsEscaped()
    {
        var root = SvgAssert.Parse(new Figure("a < b & \"c\"").Line(new[] { 1.0, 2 }, label: "<loss>").ToSvg());

        Assert.Contains("a < b & \"c\"", SvgAssert.Texts(root));
        Assert.Contains("<loss>", SvgAssert.Texts(root));
    }

    [Fact]
    public void FiguresSaveAsSvgFilesAndDescribeThemselves()
    {
        var path = Path.Combine(Path.GetTempPath(), $"astrodl-figure-{Guid.NewGuid():N}.svg");
        try
        {
            var figure = TrainingCurves();
            figure.Save(path);

            Assert.Equal(figure.ToSvg(), File.ReadAllText(path));
            Assert.Equal("Figure 'Loss': line 'train' (4 points), line 'validation' (4 points), scatter 'note' (1 points)", figure.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
