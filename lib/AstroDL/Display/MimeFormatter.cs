namespace AstroDL.Display;

/// <summary>
/// A formatter in the shape the convention asks for: a <c>MimeType</c> property and exactly one public
/// <c>Format(object, TextWriter)</c> that returns false for values it cannot write, so the host tries the next one.
/// </summary>
internal sealed class MimeFormatter(string mimeType)
{
    public string MimeType { get; } = mimeType;

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not IRichDisplay display || display.ToMime(MimeType) is not { } text) return false;
        writer.Write(text);
        return true;
    }
}
