using AstroDL.Plotting;
using static AstroDL.torch;

namespace AstroDL.Tests.Plotting;

public class ChartTypesTests
{
    [Fact]
    public void HistogramDrawsOneBarPerBinWithTheCounts()
    {
        var (edges, counts) = BarLayer.Bin([0, 0.1, 0.2, 0.9, 1.0, double.NaN], bins: 2, density: false);
        var root = SvgAssert.Parse(Plot.Histogram(new[] { 0.0, 0.1, 0.2, 0.9, 1.0 }, bins: 4).ToSvg());

        Assert.Equal([0, 0.5, 1.0], edges);
        Assert.Equal([3, 2], counts);
        Assert.Equal(4, SvgAssert.All(root, "rect").Count(r => (string?)r.Attribute("fill-opacity") == "0.75"));
        Assert.Contains("count", SvgAssert.Texts(root));
    }

    [Fact]
    public void ConfusionMatrixIsAnAnnotatedHeatmapWithClassNamesOnBothAxes()
    {
        long[,] counts = { { 5, 1, 0 }, { 2, 7, 1 }, { 0, 0, 9 } };

        var root = SvgAssert.Parse(Plot.ConfusionMatrix(counts, ["star", "galaxy", "qso"]).ToSvg());
        var texts = SvgAssert.Texts(root);

        Assert.Equal(9, SvgAssert.All(root, "rect").Count(r => ((string?)r.Attribute("fill"))!.StartsWith('#') && r.Attribute("stroke") is null));
        Assert.Equal(2, texts.Count(t => t == "galaxy"));
        Assert.Contains("7", texts);
        Assert.Contains("predicted", texts);
        Assert.Contains("true", texts);
    }

    [Fact]
    public void ConfusionMatrixFromOutputsTakesTheArgmaxAndCanNormalizeRows()
    {
        var outputs = tensor(new float[,] { { 2, 1 }, { 0, 3 }, { 5, 1 }, { 1, 4 } });
        var targets = tensor(new long[] { 0, 1, 1, 1 });

        var texts = SvgAssert.Texts(SvgAssert.Parse(Plot.ConfusionMatrix(targets, outputs, 2, normalize: true).ToSvg()));

        Assert.Contains("1.00", texts); // class 0: one of one right
        Assert.Contains("0.33", texts); // class 1: one of three taken for class 0
        Assert.Contains("0.67", texts);
    }

    [Fact]
    public void ImageGridEmbedsOnePngPerImageAndMarksWrongPredictions()
    {
        var images = rand([6, 1, 8, 8]);

        var grid = Plot.Images(images, labels: new[] { 0, 1, 2, 0, 1, 2 }, predictions: new[] { 0, 1, 1, 0, 1, 2 }, class_names: ["a", "b", "c"], columns: 3);
        var root = SvgAssert.Parse(grid.ToSvg());

        var pictures = SvgAssert.All(root, "image").Select(i => (string)i.Attribute(XNames.XLinkHref)!).ToList();
        Assert.Equal(6, pictures.Count);
        Assert.All(pictures, p => Assert.Equal([0x89, 0x50, 0x4E, 0x47], Convert.FromBase64String(p["data:image/png;base64,".Length..])[..4]));
        Assert.Single(SvgAssert.All(root, "text"), t => (string?)t.Attribute("fill") == "#d62728");
        Assert.Equal(1, grid.Misclassified);
        Assert.Equal("ImageGrid: 6 images 8x8, 1 misclassified", grid.ToString());
    }

    [Fact]
    public void FigureHeatmapTakesATensorAndAFormatThatCanHideZeros()
    {
        var image = tensor(new float[,] { { 0, 0.5f, 0 }, { 1, 0, 0.25f } });

        var figure = new Figure("digit", width: 300, height: 200).Heatmap(image, Colormap.Gray, annotate: true, format: "0.00;-0.00;''");
        var texts = SvgAssert.Texts(SvgAssert.Parse(figure.ToSvg()));

        Assert.Equal(["0.50", "1.00", "0.25"], texts.Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d\.\d\d$")).ToList()); // cells, not ticks
        Assert.DoesNotContain("0.00", texts);
        Assert.Contains("2-D", Assert.Throws<ArgumentException>(() => new Figure().Heatmap(zeros(2, 2, 2))).Message);
    }

    [Fact]
    public void ImageGridWritesACaptionUnderEachImage()
    {
        var images = rand([3, 1, 8, 8]);

        var grid = Plot.Images(images, labels: new[] { 0, 1, 2 }, predictions: new[] { 1, 1, 2 }, captions: ["90%", "80%", "70%"]);
        var texts = SvgAssert.Texts(SvgAssert.Parse(grid.ToSvg()));

        Assert.Equal(["0", "1", "90%", "1", "1", "80%", "2", "2", "70%"], texts);
        Assert.Equal(grid.Height, Plot.Images(images, labels: new[] { 0, 1, 2 }, predictions: new[] { 1, 1, 2 }).Height + 13);
        Assert.Contains("2 captions for 3 images", Assert.Throws<ArgumentException>(() => Plot.Images(images, captions: ["a", "b"])).Message);
    }

    [Fact]
    public void ImageGridCellsAreWideEnoughForLongClassNames()
    {
        var images = rand([4, 1, 28, 28]);

        var digits = Plot.Images(images, labels: new[] { 0, 1, 2, 3 }, columns: 4);
        var clothes = Plot.Images(images, labels: new[] { 0, 1, 2, 3 }, class_names: ["T-shirt/top", "Trouser", "Pullover", "Ankle boot"], columns: 4);

        Assert.Equal(4 * (56 + 4) + 4, digits.Width); // 28 pixels at twice their size, and the gaps
        Assert.True(clothes.Width >= 4 * "T-shirt/top".Length * 11 * 0.6, $"width {clothes.Width}");
    }

    [Fact]
    public void ImagesOfOtherShapesAreRejectedWithTheShape() =>
        Assert.Contains("[2, 5]", Assert.Throws<ArgumentException>(() => Plot.Images(zeros(2, 5))).Message);

    [Fact]
    public void DecisionBoundaryColoursTheClassifiersRegionsUnderTheData()
    {
        var points = tensor(new float[,] { { -1, -1 }, { -1, 1 }, { 1, -1 }, { 1, 1 } });
        var classes = new[] { 0, 0, 1, 1 };

        // Class 1 wherever x1 > 0: the left half of the picture is class 0's colour, the right half class 1's.
        var figure = Plot.DecisionBoundary(x => x.select(1, 0), points, classes, resolution: 10);
        var root = SvgAssert.Parse(figure.ToSvg());

        var png = Convert.FromBase64String(((string)SvgAssert.All(root, "image").Single().Attribute(XNames.XLinkHref)!)["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Equal(4 + 2, SvgAssert.All(root, "circle").Count()); // the points and two legend dots
        Assert.Contains("class 1", SvgAssert.Texts(root));
        Assert.Contains("image (10x10, RGB)", figure.ToString());
    }

    [Fact]
    public void DecisionBoundaryPaddingWidensTheRegionAroundTheData()
    {
        var points = tensor(new float[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } });
        Tensor? grid = null;
        Tensor Model(Tensor x)
        {
            grid = x;
            return x.select(1, 0);
        }

        // Half the range on each side: the unit square's corners sit inside [-0.5, 1.5]², sampled at pixel centres.
        Plot.DecisionBoundary(Model, points, new[] { 0, 1, 0, 1 }, resolution: 4, padding: 0.5);
        var x1 = grid!.select(1, 0);
        Assert.Equal(-0.25, x1.min().ToDouble(), 5);
        Assert.Equal(1.25, x1.max().ToDouble(), 5);

        Plot.DecisionBoundary(Model, points, new[] { 0, 1, 0, 1 }, resolution: 4);
        Assert.Equal(-0.05 + 1.1 / 8, grid!.select(1, 1).min().ToDouble(), 5);
        Assert.Contains("padding", Assert.Throws<ArgumentException>(() => Plot.DecisionBoundary(Model, points, new[] { 0, 1, 0, 1 }, padding: -1)).Message);
    }

    [Fact]
    public void LossSurfaceDrawsContoursAndOptimizerPaths()
    {
        var figure = Plot.LossSurface((w, b) => w * w + 4 * b * b, (-2, 2), (-1, 1), levels: 5)
            .Path(new[] { -1.8, -1.0, -0.4, 0 }, new[] { 0.9, 0.2, 0.05, 0 }, label: "SGD");

        var root = SvgAssert.Parse(figure.ToSvg());

        Assert.Equal(5, SvgAssert.All(root, "path").Count());
        Assert.Contains("SGD", SvgAssert.Texts(root));
        Assert.Contains("path 'SGD' (4 points)", figure.ToString());
    }

    [Fact]
    public void ScatterTakesTensorsForEachAxisOrOnePointTensorAndColoursByClass()
    {
        var points = tensor(new float[,] { { 0, 0 }, { 1, 1 }, { 2, 0 } });
        var classes = tensor(new long[] { 0, 1, 1 });

        var byAxis = SvgAssert.Parse(Plot.Scatter(points.select(1, 0), points.select(1, 1), classes).ToSvg());
        var byRow = Plot.ScatterPoints(points, classes, class_names: ["star", "galaxy"]);

        Assert.Equal(2, SvgAssert.All(byAxis, "circle").Count(c => (string?)c.Attribute("fill") == Palette.Color(1) && c.Attribute("stroke") is not null));
        Assert.Equal(["star", "galaxy"], SvgAssert.Texts(SvgAssert.Parse(byRow.ToSvg())).Where(t => t is "star" or "galaxy"));
        Assert.Throws<ArgumentException>(() => Plot.ScatterPoints(zeros(3, 3)));
    }

    [Fact]
    public void RowsPlaceChartsSideBySide()
    {
        var row = Plot.Row(Plot.Line(new[] { 1.0, 2 }), Plot.Line(new[] { 3.0, 4 }));

        var root = SvgAssert.Parse(row.ToSvg());

        Assert.Equal(row.Width, double.Parse((string)root.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, SvgAssert.All(root, "g").Count());
    }
}
