namespace AstroDL.Display;

/// <summary>The MIME types the library's displayable types write.</summary>
public static class MimeType
{
    public const string Html = "text/html";
    public const string Svg = "image/svg+xml";
    public const string PlainText = "text/plain";
}
