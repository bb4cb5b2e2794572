namespace AstroDL.Display;

/// <summary>
/// The formatter source every displayable library type names in its <see cref="TypeFormatterSourceAttribute"/>:
/// one formatter per MIME type, each asking the value to write itself.
/// </summary>
internal sealed class RichFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new MimeFormatter(MimeType.Html);
        yield return new MimeFormatter(MimeType.Svg);
        yield return new MimeFormatter(MimeType.PlainText);
    }
}
