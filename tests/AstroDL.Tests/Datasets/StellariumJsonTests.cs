using System.Text.Json;
using AstroDL.Datasets;

namespace AstroDL.Tests.Datasets;

public class StellariumJsonTests
{
    [Fact]
    public void LeadingAndTrailingDecimalPointsAreRepairedOutsideStringsAndComments()
    {
        const string text = """{"a": .5, "b": [-.25, 3., 0.75], "url": "http://x.org/.5/a-.5", /* .5 */ "c": 1e-3,}""";

        using var document = LenientJson.Parse(text);

        var root = document.RootElement;
        Assert.Equal(0.5, root.GetProperty("a").GetDouble());
        Assert.Equal([-0.25, 3.0, 0.75], root.GetProperty("b").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal("http://x.org/.5/a-.5", root.GetProperty("url").GetString());
        Assert.Equal(0.001, root.GetProperty("c").GetDouble());
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text)); // the text really is not strict JSON
    }

    [Fact]
    public void TexturesListGivesFilesCreditsAndFootprintsWithRaWrapped()
    {
        // The second entry is written as Stellarium writes m6.png: negative RA, "Short", leading-dot numbers.
        const string text = """
            {
                "shortName": "Nebulae",
                "subTiles" : [
                {
                    "imageCredits": {"short" : "A. Person", "infoUrl": "https://example.org/m1"},
                    "imageUrl" : "m1.png",
                    "worldCoords" : [[[10.5, -.5], [9.5, -.5], [9.5, .5], [10.5, .5]]],
                    "textureCoords" : [[[0,0], [1,0], [1,1], [0,1]]],
                    "maxBrightness" : 13.1,
                },
                {
                    // a comment, as hand-edited files have
                    "imageCredits" : {"Short": "B. Person"},
                    "imageUrl" : "m6.png",
                    "worldCoords" : [[[-94.5,-32.5], [-95.5,-32.5], [-95.5,-31.5], [-94.5,-31.5]]],
                    "textureCoords" : [[[0,0], [1,0], [1,1], [0,1]]]
                }
                ]
            }
            """;

        var textures = TexturesJsonReader.Parse(text, "textures.json");

        Assert.Equal(["m1.png", "m6.png"], textures.Select(t => t.File));
        Assert.Equal(["A. Person", "B. Person"], textures.Select(t => t.Credit));
        Assert.Equal(["https://example.org/m1", null], textures.Select(t => t.CreditUrl));
        var m1 = textures[0].Footprint;
        Assert.Equal(10.0, m1.Ra, 9);
        Assert.Equal(0.0, m1.Dec, 9);
        // 1° of RA on the equator and 1° of Dec, through the gnomonic projection (tan 0.5° ≈ 0.5000127° each side).
        Assert.Equal(1.0, m1.Width, 3);
        Assert.Equal(1.0, m1.Height, 3);
        var m6 = textures[1].Footprint;
        Assert.Equal(360 - 95.0, m6.Ra, 6);
        Assert.All(m6.Corners, c => Assert.InRange(c.Ra, 264.5, 265.5));
        Assert.Equal(-32.0, m6.Dec, 2);
        Assert.Equal(Math.Cos(32 * Math.PI / 180), m6.Width, 2); // an RA span shrinks with cos(Dec)
    }

    [Fact]
    public void PositionsMapToTextureCoordinatesWithUWestwardAndVNorthward()
    {
        var footprint = new TextureFootprint([(10.5, -0.5), (9.5, -0.5), (9.5, 0.5), (10.5, 0.5)]);

        AssertNear((0.5, 0.5), footprint.Locate(10, 0));
        AssertNear((0, 0), footprint.Locate(10.5, -0.5));
        AssertNear((1, 1), footprint.Locate(9.5, 0.5));
        AssertNear((0.25, 0.75), footprint.Locate(10.25, 0.25));
        AssertNear((0.5, 0.5), footprint.Locate(370, 0)); // RA beyond 360 wraps too
        Assert.True(footprint.Contains(10.4, 0.4));
        Assert.False(footprint.Contains(10.6, 0));
        Assert.False(footprint.Contains(10, -0.6));
        Assert.Null(footprint.Locate(190, 0)); // the far side of the sky
    }

    [Fact]
    public void AFootprintAcrossRaZeroHasItsCentreThere()
    {
        var footprint = new TextureFootprint([(0.5, 40), (-0.5, 40), (-0.5, 41), (0.5, 41)]);
        Assert.True(footprint.Ra < 1e-9 || footprint.Ra > 360 - 1e-9, $"centre RA {footprint.Ra}");
        Assert.True(footprint.Contains(359.9, 40.5));
        Assert.True(footprint.Contains(0.1, 40.5));
    }

    [Fact]
    public void ABrokenEntryNamesTheFileTheEntryAndThePackage()
    {
        const string text = """{"subTiles": [{"imageUrl": "m1.png", "worldCoords": [[[1, 2], [3]]]}]}""";
        var e = Assert.Throws<InvalidDataException>(() => TexturesJsonReader.Parse(text, "/x/textures.json"));
        Assert.StartsWith("/x/textures.json: subTiles[0] (m1.png): the corner [3] is not [ra, dec]", e.Message);
        Assert.Contains("sudo apt-get install --reinstall stellarium-data", e.Message);

        const string inHours = """{"subTiles": [{"imageUrl": "m2.png", "worldCoords": [[["1h", 2], [3, 4], [5, 6], [7, 8]]]}]}""";
        Assert.StartsWith("/x/textures.json: subTiles[0] (m2.png): the corner [\"1h\", 2] is not [ra, dec]",
            Assert.Throws<InvalidDataException>(() => TexturesJsonReader.Parse(inHours, "/x/textures.json")).Message);

        var syntax = Assert.Throws<InvalidDataException>(() => TexturesJsonReader.Parse("{\"subTiles\": [\n{\"imageUrl\" \"m1.png\"}]}", "/x/textures.json"));
        Assert.StartsWith("/x/textures.json: line 2:", syntax.Message);
    }

    private static void AssertNear((double U, double V) expected, (double U, double V)? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.U, actual.Value.U, 3);
        Assert.Equal(expected.V, actual.Value.V, 3);
    }
}
