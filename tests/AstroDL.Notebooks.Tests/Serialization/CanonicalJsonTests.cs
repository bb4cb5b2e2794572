using System.Text.Json.Nodes;
using AstroDL.Notebooks.Serialization;

namespace AstroDL.Notebooks.Tests.Serialization;

public class CanonicalJsonTests
{
    [Fact]
    public void Keys_are_sorted_ordinally_at_every_level_with_one_space_indent()
    {
        var node = JsonNode.Parse("""{"b":{"z":1,"Z":2},"a":[],"c":{}}""");

        Assert.Equal("{\n \"a\": [],\n \"b\": {\n  \"Z\": 2,\n  \"z\": 1\n },\n \"c\": {}\n}\n", CanonicalJson.Serialize(node));
    }

    [Theory]
    [InlineData("é<>&'", "\"é<>&'\"")]
    [InlineData("\u001b\u007f", "\"\\u001b\u007f\"")]
    [InlineData("\b\f\n\r\t\"\\", "\"\\b\\f\\n\\r\\t\\\"\\\\\"")]
    [InlineData("\ud83d\ude00", "\"\ud83d\ude00\"")]
    public void Strings_are_escaped_like_javascript(string value, string expected) =>
        Assert.Equal(expected + "\n", CanonicalJson.Serialize(JsonValue.Create(value)));

    // Not a theory case: the test runner's data serialization mangles lone surrogates.
    [Fact]
    public void Lone_surrogates_are_escaped() =>
        Assert.Equal("\"a\\ud83d\"\n", CanonicalJson.Serialize(JsonValue.Create("a\ud83d")));
}
