using System.Globalization;

namespace AstroDL.Astro.Fits;

/// <summary>
/// One 80-character header card: <c>KEYWORD = value / comment</c>. <see cref="Value"/> is a string, bool, long or double,
/// or null for commentary cards (COMMENT, HISTORY, blank) and cards without a value.
/// </summary>
public sealed record FitsCard(string Key, object? Value, string Comment)
{
    public const int Length = 80;

    /// <summary>Parses one card; a malformed value throws a FormatException naming the keyword (callers add the file and offset).</summary>
    public static FitsCard Parse(string text)
    {
        var card = text.Length > Length ? text[..Length] : text.PadRight(Length);
        var key = card[..8].TrimEnd();
        if (card[8..10] != "= " || key is "COMMENT" or "HISTORY" or "" or "CONTINUE")
            return new FitsCard(key, key == "CONTINUE" ? ContinuedText(card) : null, card[8..].TrimEnd());
        var field = card[10..];
        var start = field.Length - field.TrimStart().Length;
        if (start < field.Length && field[start] == '\'')
        {
            var (text80, end) = QuotedString(key, field, start);
            return new FitsCard(key, text80, CommentAfter(field, end));
        }
        var slash = field.IndexOf('/');
        var raw = (slash < 0 ? field : field[..slash]).Trim();
        return new FitsCard(key, Scalar(key, raw), slash < 0 ? "" : field[(slash + 1)..].Trim());
    }

    /// <summary>The value as a number (integers and reals alike), or null when it is not one.</summary>
    public double? Number => Value switch { long l => l, double d => d, _ => null };

    private static string? ContinuedText(string card)
    {
        var field = card[8..];
        var start = field.Length - field.TrimStart().Length;
        return start < field.Length && field[start] == '\'' ? QuotedString("CONTINUE", field, start).Text : null;
    }

    /// <summary>A quoted string starting at <paramref name="start"/> ('' is a quote; trailing blanks are not significant).</summary>
    private static (string Text, int End) QuotedString(string key, string field, int start)
    {
        var text = new System.Text.StringBuilder();
        for (int i = start + 1; i < field.Length; i++)
        {
            if (field[i] != '\'')
            {
                text.Append(field[i]);
                continue;
            }
            if (i + 1 < field.Length && field[i + 1] == '\'')
            {
                text.Append('\'');
                i++;
                continue;
            }
            return (text.ToString().TrimEnd(), i + 1);
        }
        throw new FormatException($"card {key}: the string value has no closing quote");
    }

    private static string CommentAfter(string field, int end)
    {
        var slash = field.IndexOf('/', end);
        return slash < 0 ? "" : field[(slash + 1)..].Trim();
    }

    private static object? Scalar(string key, string raw)
    {
        if (raw.Length == 0) return null;
        if (raw is "T" or "F") return raw == "T";
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
        // Fortran-style exponents (1.0D+03) are legal in FITS.
        if (double.TryParse(raw.Replace('D', 'E').Replace('d', 'e'), NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return real;
        if (raw.StartsWith('(') && raw.EndsWith(')')) return raw; // a complex value, kept as its text
        throw new FormatException($"card {key}: the value '{raw}' is not a string, logical, integer or real number");
    }

    public override string ToString() => Value is null ? $"{Key} {Comment}".TrimEnd() : $"{Key} = {Value}";
}
