using System.Collections;
using System.Globalization;

namespace AstroDL.Notebooks.Display;

/// <summary>The text/plain form of a value: the kernel's <c>&lt;null&gt;</c>, invariant-culture numbers, short lists expanded.</summary>
public static class PlainText
{
    /// <summary>The kernel's default expansion limit for sequences.</summary>
    public const int ListExpansionLimit = 20;

    /// <summary>Formats a value as the text/plain output shows it.</summary>
    public static string Format(object? value) => value switch
    {
        null => "<null>",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable sequence => FormatSequence(sequence),
        _ => value.ToString() ?? "",
    };

    private static string FormatSequence(IEnumerable sequence)
    {
        var items = sequence.Cast<object?>().Take(ListExpansionLimit + 1).ToList();
        var shown = items.Take(ListExpansionLimit).Select(Format);
        var more = items.Count > ListExpansionLimit ? ", ..." : "";
        return $"[ {string.Join(", ", shown)}{more} ]";
    }
}
