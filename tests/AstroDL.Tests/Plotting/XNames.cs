using System.Xml.Linq;

namespace AstroDL.Tests.Plotting;

internal static class XNames
{
    public static readonly XName XLinkHref = XNamespace.Get("http://www.w3.org/1999/xlink") + "href";
}
