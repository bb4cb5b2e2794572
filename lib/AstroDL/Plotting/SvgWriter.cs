using System.Globalization;
using System.Text;

namespace AstroDL.Plotting;

/// <summary>
/// Writes SVG text element by element. Numbers are written with the invariant culture and at most two decimals, so
/// the same chart gives the same bytes on every machine (charts are compared in tests and diffed in git).
/// </summary>
internal sealed class SvgWriter
{
    public const double FontSize = 11;

    /// <summary>The dash pattern of dashed lines, the same for a series and its legend sample.</summary>
    private const string Dash = "5,3";

    private readonly StringBuilder text = new();

    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A complete standalone document of the given size.</summary>
    public static string Document(double width, double height, Action<SvgWriter> body)
    {
        var svg = new SvgWriter();
        svg.text.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
            .Append($"width=\"{Number(width)}\" height=\"{Number(height)}\" viewBox=\"0 0 {Number(width)} {Number(height)}\" ")
            .Append($"font-family=\"sans-serif\" font-size=\"{Number(FontSize)}\">\n");
        svg.Rect(0, 0, width, height, fill: "white");
        body(svg);
        svg.text.Append("</svg>\n");
        return svg.text.ToString();
    }

    /// <summary>A nested viewport: what is drawn inside is clipped to it and placed relative to its corner.</summary>
    public void Viewport(double x, double y, double width, double height, Action<SvgWriter> body)
    {
        Open("svg", ("x", Number(x)), ("y", Number(y)), ("width", Number(width)), ("height", Number(height)), ("overflow", "hidden"));
        text.Append('\n');
        body(this);
        text.Append("</svg>\n");
    }

    public void Group(string? transform, string? opacity, Action<SvgWriter> body)
    {
        Open("g", ("transform", transform), ("opacity", opacity));
        text.Append('\n');
        body(this);
        text.Append("</g>\n");
    }

    public void Rect(double x, double y, double width, double height, string fill, string? stroke = null, string? opacity = null) =>
        Element("rect", ("x", Number(x)), ("y", Number(y)), ("width", Number(width)), ("height", Number(height)),
            ("fill", fill), ("stroke", stroke), ("fill-opacity", opacity));

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false) =>
        Element("line", ("x1", Number(x1)), ("y1", Number(y1)), ("x2", Number(x2)), ("y2", Number(y2)),
            ("stroke", stroke), ("stroke-width", Number(width)), ("stroke-dasharray", dashed ? Dash : null));

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 1.5, bool dashed = false) =>
        Element("polyline", ("points", string.Join(" ", points.Select(p => $"{Number(p.X)},{Number(p.Y)}"))),
            ("fill", "none"), ("stroke", stroke), ("stroke-width", Number(width)), ("stroke-linejoin", "round"),
            ("stroke-dasharray", dashed ? Dash : null));

    public void Path(string data, string stroke, double width = 1) =>
        Element("path", ("d", data), ("fill", "none"), ("stroke", stroke), ("stroke-width", Number(width)));

    public void Circle(double cx, double cy, double r, string fill, string? stroke = null) =>
        Element("circle", ("cx", Number(cx)), ("cy", Number(cy)), ("r", Number(r)), ("fill", fill), ("stroke", stroke));

    public void Text(double x, double y, string content, string anchor = "start", double? size = null, bool bold = false,
        string? fill = null, double rotate = 0, string baseline = "auto")
    {
        Open("text", ("x", Number(x)), ("y", Number(y)), ("text-anchor", anchor == "start" ? null : anchor),
            ("dominant-baseline", baseline == "auto" ? null : baseline), ("font-size", size is { } s ? Number(s) : null),
            ("font-weight", bold ? "bold" : null), ("fill", fill),
            ("transform", rotate == 0 ? null : $"rotate({Number(rotate)} {Number(x)} {Number(y)})"));
        text.Append(Escape(content)).Append("</text>\n");
    }

    /// <summary>A PNG picture stretched over the box, its pixels drawn as crisp squares.</summary>
    public void Image(double x, double y, double width, double height, byte[] png, string? opacity = null) =>
        Element("image", ("x", Number(x)), ("y", Number(y)), ("width", Number(width)), ("height", Number(height)),
            ("preserveAspectRatio", "none"), ("image-rendering", "pixelated"), ("style", "image-rendering:pixelated"),
            ("opacity", opacity), ("xlink:href", "data:image/png;base64," + Convert.ToBase64String(png)));

    public static string Escape(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    private void Element(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        text.Append("/>\n");
    }

    private void Open(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        text.Append(">");
    }

    private void Start(string name, (string Name, string? Value)[] attributes)
    {
        text.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null) text.Append(' ').Append(attribute).Append("=\"").Append(Escape(value)).Append('"');
        }
    }
}
