namespace AstroDL.Display;

/// <summary>A library type that can write itself in some MIME types (see <see cref="RichFormatterSource"/>).</summary>
internal interface IRichDisplay
{
    /// <summary>Writes the value as <paramref name="mimeType"/>; false when it has no such form.</summary>
    bool TryWrite(string mimeType, TextWriter writer);
}
