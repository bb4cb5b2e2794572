using System.Text;
using System.Text.Json;

namespace AstroDL.Datasets;

/// <summary>
/// Parses JSON written by hand for JavaScript readers, as Stellarium's textures.json is: numbers such as <c>.9794</c>,
/// <c>-.9794</c> or <c>5.</c>, comments and trailing commas. Numbers are repaired outside strings and comments only,
/// so URLs and credits stay as written.
/// </summary>
internal static class LenientJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonDocument Parse(string text) => JsonDocument.Parse(RepairNumbers(text), Options);

    /// <summary><paramref name="text"/> with a 0 written before a leading decimal point and after a trailing one.</summary>
    internal static string RepairNumbers(string text)
    {
        var result = new StringBuilder(text.Length + 256);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int skip = c switch
            {
                '"' => StringLength(text, i),
                '/' when At(text, i + 1) == '/' => UntilAfter(text, i, "\n"),
                '/' when At(text, i + 1) == '*' => UntilAfter(text, i, "*/"),
                _ => 0,
            };
            if (skip > 0)
            {
                result.Append(text, i, skip);
                i += skip - 1;
                continue;
            }
            bool digitBefore = char.IsAsciiDigit(At(text, i - 1)), digitAfter = char.IsAsciiDigit(At(text, i + 1));
            if (c == '.' && !digitBefore && digitAfter) result.Append('0');
            result.Append(c);
            if (c == '.' && digitBefore && !digitAfter) result.Append('0');
        }
        return result.ToString();
    }

    private static char At(string text, int i) => i >= 0 && i < text.Length ? text[i] : '\0';

    /// <summary>The length of the string literal that starts at <paramref name="start"/>, quotes and escapes included.</summary>
    private static int StringLength(string text, int start)
    {
        for (int i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '"') return i - start + 1;
        }
        return text.Length - start; // unterminated: the parser reports it
    }

    private static int UntilAfter(string text, int start, string end)
    {
        int at = text.IndexOf(end, start + 2, StringComparison.Ordinal);
        return at < 0 ? text.Length - start : at + end.Length - start;
    }
}
