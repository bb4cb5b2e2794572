using System.Net;
using AstroDL.Display;

namespace AstroDL;

public static partial class torch
{
    /// <summary>In notebooks a tensor shows its summary line and its values laid out as PyTorch prints them.</summary>
    [TypeFormatterSource(typeof(RichFormatterSource), PreferredMimeTypes = new[] { MimeType.Html, MimeType.PlainText })]
    public partial class Tensor : IRichDisplay
    {
        bool IRichDisplay.TryWrite(string mimeType, TextWriter writer)
        {
            switch (mimeType)
            {
                case MimeType.PlainText:
                    writer.Write(ToString());
                    return true;
                case MimeType.Html:
                    writer.Write("<div class=\"astrodl-tensor\"><div><b>tensor</b> " + WebUtility.HtmlEncode(ToString(withValues: false)) + "</div>");
                    if (!IsInvalid) writer.Write("<pre>" + WebUtility.HtmlEncode(TensorFormatter.Values(this)) + "</pre>");
                    writer.Write("</div>");
                    return true;
                default:
                    return false;
            }
        }
    }
}
