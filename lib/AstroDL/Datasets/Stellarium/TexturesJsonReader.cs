using System.Text.Json;

namespace AstroDL.Datasets;

/// <summary>
/// Reads Stellarium's textures.json: <c>{"subTiles": [{"imageUrl": "m51-vasey.png", "imageCredits": {"short": ...,
/// "infoUrl": ...}, "worldCoords": [[[ra, dec] × 4]], ...}]}</c>. The file is hand-written, so it is parsed leniently
/// (see <see cref="LenientJson"/>) and the credit keys are matched in any case ("short" and "Short" both occur).
/// </summary>
internal static class TexturesJsonReader
{
    public static List<StellariumTexture> Read(string path) => Parse(File.ReadAllText(path), path);

    internal static List<StellariumTexture> Parse(string text, string path)
    {
        JsonDocument document;
        try
        {
            document = LenientJson.Parse(text);
        }
        catch (JsonException e)
        {
            throw Bad(path, $"line {e.LineNumber + 1}: {e.Message}");
        }
        using (document)
        {
            if (!document.RootElement.TryGetProperty("subTiles", out var tiles) || tiles.ValueKind != JsonValueKind.Array)
                throw Bad(path, "it has no \"subTiles\" list");
            return tiles.EnumerateArray().Select((tile, i) => Texture(path, $"subTiles[{i}]", tile)).ToList();
        }
    }

    private static StellariumTexture Texture(string path, string where, JsonElement tile)
    {
        InvalidDataException Fail(string problem) => Bad(path, $"{where}: {problem}");
        var file = Property(tile, "imageUrl") is { ValueKind: JsonValueKind.String } url ? url.GetString()! : throw Fail("it has no imageUrl");
        where += $" ({file})";
        var credits = Property(tile, "imageCredits");
        string? Credit(string key) => credits is { ValueKind: JsonValueKind.Object } && Property(credits.Value, key) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;

        // worldCoords holds one polygon of four [ra, dec] corners.
        if (Property(tile, "worldCoords") is not { ValueKind: JsonValueKind.Array } polygons || polygons.GetArrayLength() == 0
            || polygons[0] is not { ValueKind: JsonValueKind.Array } polygon)
            throw Fail("it has no worldCoords polygon");
        var corners = new List<(double Ra, double Dec)>();
        foreach (var point in polygon.EnumerateArray())
        {
            if (point.ValueKind != JsonValueKind.Array || point.GetArrayLength() != 2
                || point.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
                throw Fail($"the corner {point.GetRawText()} is not [ra, dec]");
            corners.Add((point[0].GetDouble(), point[1].GetDouble()));
        }
        try
        {
            return new StellariumTexture(file, Credit("short") ?? "", Credit("infoUrl"), new TextureFootprint(corners));
        }
        catch (ArgumentException e)
        {
            throw Fail(e.Message);
        }
    }

    /// <summary>The property called <paramref name="name"/> in any letter case, or null.</summary>
    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault()
            : null;

    private static InvalidDataException Bad(string path, string problem) =>
        new($"{path}: {problem}. This is not Stellarium's textures.json as the reader knows it, or it is damaged; " +
            $"reinstall it (sudo apt-get install --reinstall {StellariumGalaxies.Package}).");
}
