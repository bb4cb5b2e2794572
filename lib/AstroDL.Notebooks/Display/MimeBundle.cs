using System.Net;

namespace AstroDL.Notebooks.Display;

/// <summary>
/// A value formatted for a display or a result: the MIME types asked for, or else those the value's convention
/// formatter prefers (<see cref="ConventionFormatter"/>), text/html for <see cref="HtmlContent"/>, or text/plain.
/// </summary>
internal static class MimeBundle
{
    public const string TextPlain = "text/plain";
    public const string TextHtml = "text/html";

    public static IReadOnlyList<string> MimeTypesFor(object? value, IReadOnlyList<string> requested) =>
        requested.Count > 0 ? requested
        : value is HtmlContent ? [TextHtml]
        : value is not null && ConventionFormatter.PreferredMimeTypes(value.GetType()) is { Count: > 0 } preferred ? preferred
        : [TextPlain];

    /// <summary>One entry per MIME type; throws, as the kernel does, for a type nothing can write.</summary>
    public static Dictionary<string, string> Format(object? value, IReadOnlyList<string> mimeTypes)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mimeType in mimeTypes)
        {
            data[mimeType] = FormatOne(value, mimeType)
                ?? throw new ArgumentException($"No formatter is registered for MIME type {mimeType}.");
        }
        return data;
    }

    private static string? FormatOne(object? value, string mimeType) => (value, mimeType) switch
    {
        (HtmlContent html, TextHtml) => html.Html,
        (HtmlContent html, TextPlain) => html.Html,
        (not null, _) when ConventionFormatter.Format(value, mimeType) is { } formatted => formatted,
        (_, TextPlain) => PlainText.Format(value),
        (_, TextHtml) => "<div class=\"dni-plaintext\"><pre>" + WebUtility.HtmlEncode(PlainText.Format(value)) + "</pre></div>",
        _ => null,
    };
}
