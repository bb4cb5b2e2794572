using System.Net;
using AstroDL.Display;

namespace AstroDL;

public static partial class torch
{
    /// <summary>In notebooks a tensor shows its summary line and its values laid out as PyTorch prints them.</summary>
    [TypeFormatterSource(typeof(RichFormatterSource), PreferredMimeTypes = new[] { MimeType.Html, MimeType.PlainText })]
    public partial class Tensor : IRichDisplay
    {
        string? IRichDisplay.ToMime(string mimeType) => mimeType switch
        {
            MimeType.PlainText => ToString(),
            MimeType.Html => "<div class=\"astrodl-tensor\"><div><b>tensor</b> " + WebUtility.HtmlEncode(ToString(withValues: false)) + "</div>" +
                (IsInvalid ? "" : "<pre>" + WebUtility.HtmlEncode(TensorFormatter.Values(this)) + "</pre>") + "</div>",
            _ => null,
        };
    }
}
