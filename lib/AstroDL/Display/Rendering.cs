using System.Globalization;

namespace AstroDL.Display;

/// <summary>What a displayable type looks like in one MIME type, as a string (for tests, saving and the progress display).</summary>
public static class Rendering
{
    /// <summary>The value written as <paramref name="mimeType"/>, or null when it has no such form.</summary>
    public static string? As(object value, string mimeType)
    {
        if (value is not IRichDisplay display) return null;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        return display.TryWrite(mimeType, writer) ? writer.ToString() : null;
    }
}
