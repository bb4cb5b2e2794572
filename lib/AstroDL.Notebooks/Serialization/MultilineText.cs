using System.Text.Json.Nodes;

namespace AstroDL.Notebooks.Serialization;

/// <summary>nbformat's multiline strings: written as a list of lines, each but the last ending in a newline.</summary>
internal static class MultilineText
{
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }

    /// <summary>Reads a multiline string stored either as one string or as a list of lines.</summary>
    public static string? FromNode(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonArray lines when lines.All(l => l is JsonValue v && v.TryGetValue<string>(out _)) =>
            string.Concat(lines.Select(l => l!.GetValue<string>())),
        _ => null,
    };
}
