using AstroDL.Plotting;

namespace AstroDL.Tests.Plotting;

public class DiagramTests
{
    /// <summary>f = (x + y) · z: five value boxes, two operation circles, six arrows.</summary>
    private static Diagram LectureGraph() => new Diagram("f = (x + y) z")
        .Node("x", "x | data -2").Node("y", "y | data 5").Node("z", "z | data -4")
        .Node("q", "q | data 3").Operation("q", "+").Edge("x", "q").Edge("y", "q")
        .Node("f", "f | data -12").Operation("f", "*").Edge("q", "f").Edge("z", "f");

    private static double X(System.Xml.Linq.XElement root, string text) =>
        (double)SvgAssert.All(root, "text").Single(t => t.Value == text).Attribute("x")!;

    [Fact]
    public void DrawsValuesOperationsAndEdges()
    {
        var root = SvgAssert.Parse(LectureGraph().ToSvg());

        Assert.Equal(5, SvgAssert.All(root, "rect").Count(r => (string?)r.Attribute("stroke") == "#4a72b0"));
        Assert.Equal(2, SvgAssert.All(root, "circle").Count());
        Assert.Equal(6, SvgAssert.All(root, "path").Count());
        Assert.Contains("f = (x + y) z", SvgAssert.Texts(root));
        Assert.Equal("Diagram 'f = (x + y) z': 5 values, 2 operations, 6 edges", LectureGraph().ToString());
    }

    [Fact]
    public void ColumnsFollowTheLongestPathFromTheInputs()
    {
        var root = SvgAssert.Parse(LectureGraph().ToSvg());

        // x and y feed the add; z feeds only the multiply, so it sits in q's column, just before its use.
        Assert.Equal(X(root, "x"), X(root, "y"));
        Assert.Equal(X(root, "q"), X(root, "z"));
        Assert.True(X(root, "+") > X(root, "x"));
        Assert.True(X(root, "q") > X(root, "+"));
        Assert.True(X(root, "*") > X(root, "q"));
        Assert.True(X(root, "f") > X(root, "*"));
    }

    [Fact]
    public void AValueUsedTwiceGetsTwoSeparateArrows()
    {
        var root = SvgAssert.Parse(new Diagram().Node("a", "a").Node("b", "b").Operation("b", "+").Edge("a", "b").Edge("a", "b").ToSvg());
        var arrows = SvgAssert.All(root, "path").Select(p => (string)p.Attribute("d")!).ToList();

        Assert.Equal(3, arrows.Count);
        Assert.Equal(3, arrows.Distinct().Count());
    }

    [Fact]
    public void NamesWhatIsMissing()
    {
        var diagram = new Diagram().Node("a", "a");

        Assert.Contains("no value 'b'", Assert.Throws<ArgumentException>(() => diagram.Edge("a", "b")).Message);
        Assert.Contains("before its operation '+'", Assert.Throws<ArgumentException>(() => diagram.Operation("c", "+")).Message);
    }
}
