namespace AstroDL.Display;

/// <summary>What a displayable type looks like in one MIME type, as a string (for tests, saving and the progress display).</summary>
public static class Rendering
{
    /// <summary>The value written as <paramref name="mimeType"/>, or null when it has no such form.</summary>
    public static string? As(object value, string mimeType) => (value as IRichDisplay)?.ToMime(mimeType);
}
