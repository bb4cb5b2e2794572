using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AstroDL.Notebooks.Serialization;

/// <summary>
/// Writes JSON the way VS Code saves .ipynb files (keys sorted by UTF-16 code unit, one-space indent,
/// JavaScript string escaping, trailing newline), so a notebook written here does not diff when opened there.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Serializes a JSON tree in canonical form.</summary>
    public static string Serialize(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node, 0);
        text.Append('\n');
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                WriteContainer(text, '{', '}', obj.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), depth, (p, d) =>
                {
                    WriteString(text, p.Key);
                    text.Append(": ");
                    Write(text, p.Value, d);
                });
                break;
            case JsonArray array:
                WriteContainer(text, '[', ']', array.ToList(), depth, (item, d) => Write(text, item, d));
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                WriteString(text, value.GetValue<string>());
                break;
            default:
                // Numbers, booleans: their JSON text is already canonical.
                text.Append(node.ToJsonString());
                break;
        }
    }

    private static void WriteContainer<T>(
        StringBuilder text, char open, char close, IReadOnlyList<T> items, int depth, Action<T, int> writeItem)
    {
        text.Append(open);
        if (items.Count > 0)
        {
            for (var i = 0; i < items.Count; i++)
            {
                text.Append(i == 0 ? "\n" : ",\n").Append(' ', depth + 1);
                writeItem(items[i], depth + 1);
            }

            text.Append('\n').Append(' ', depth);
        }

        text.Append(close);
    }

    // Same escaping as JavaScript's JSON.stringify: quotes, backslash, control characters, lone surrogates.
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ' || IsLoneSurrogate(value, i))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    private static bool IsLoneSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }
}
