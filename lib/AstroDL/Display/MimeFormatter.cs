namespace AstroDL.Display;

/// <summary>
/// A formatter in the shape the convention asks for: a <c>MimeType</c> property and exactly one public
/// <c>Format(object, TextWriter)</c> that returns false for values it cannot write, so the host tries the next one.
/// </summary>
internal sealed class MimeFormatter(string mimeType)
{
    public string MimeType { get; } = mimeType;

    public bool Format(object instance, TextWriter writer) =>
        instance is IRichDisplay display && display.TryWrite(MimeType, writer);
}
