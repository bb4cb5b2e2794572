using AstroDL.Display;

namespace AstroDL.Plotting;

/// <summary>
/// Anything drawn as one SVG picture: a <see cref="Figure"/>, an <see cref="ImageGrid"/> or a <see cref="ChartRow"/>.
/// In a notebook it displays as <c>image/svg+xml</c> (rendered by VS Code, Jupyter and GitHub's notebook view, which
/// does not render SVG written inline in HTML) with a one-line text/plain description for logs.
/// </summary>
[TypeFormatterSource(typeof(RichFormatterSource), PreferredMimeTypes = new[] { MimeType.Svg, MimeType.PlainText })]
public abstract class Chart : IRichDisplay
{
    public abstract double Width { get; }

    public abstract double Height { get; }

    /// <summary>The chart as a standalone SVG document.</summary>
    public string ToSvg() => SvgWriter.Document(Width, Height, Render);

    /// <summary>Writes the SVG document to a file (conventionally *.svg).</summary>
    public void Save(string path) => File.WriteAllText(path, ToSvg());

    /// <summary>What the chart shows, in one line.</summary>
    public abstract override string ToString();

    /// <summary>Draws the chart with its top-left corner at the origin.</summary>
    internal abstract void Render(SvgWriter svg);

    string? IRichDisplay.ToMime(string mimeType) => mimeType switch
    {
        MimeType.Svg => ToSvg(),
        MimeType.Html => "<div>" + ToSvg() + "</div>",
        MimeType.PlainText => ToString(),
        _ => null,
    };
}
