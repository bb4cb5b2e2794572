namespace AstroDL.Display;

/// <summary>A library type that can show itself in some MIME types (see <see cref="RichFormatterSource"/>).</summary>
internal interface IRichDisplay
{
    /// <summary>The value as <paramref name="mimeType"/> text, or null when it has no such form.</summary>
    string? ToMime(string mimeType);
}
