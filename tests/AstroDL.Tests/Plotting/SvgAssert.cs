using System.Xml.Linq;

namespace AstroDL.Tests.Plotting;

/// <summary>Parses chart SVG as XML (so a test fails on malformed output) and finds its elements.</summary>
internal static class SvgAssert
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        return root;
    }

    public static IEnumerable<XElement> All(XElement root, string name) => root.Descendants(Svg + name);

    public static IReadOnlyList<string> Texts(XElement root) => All(root, "text").Select(t => t.Value).ToList();
}
