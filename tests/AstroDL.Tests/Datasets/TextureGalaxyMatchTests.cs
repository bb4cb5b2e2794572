using AstroDL.Astro;
using AstroDL.Datasets;

namespace AstroDL.Tests.Datasets;

public class TextureGalaxyMatchTests
{
    // A 1° × 1° texture about RA 10°, Dec 0°: sizes 6' to 90' qualify (10% to 150% of its width).
    private static StellariumTexture Texture(string file) =>
        new(file, "", null, new TextureFootprint([(10.5, -0.5), (9.5, -0.5), (9.5, 0.5), (10.5, 0.5)]));

    private static Galaxy Row(string id, string name, double ra, double dec, GalaxyClass galaxyClass, double majorArcmin) =>
        new(id, name, ra, dec, "s", galaxyClass, "", majorArcmin, majorArcmin / 2, 0.5, null, null);

    private static readonly Galaxy Small = Row("NGC 100", "NGC 100", 10.2, 0.1, GalaxyClass.Spiral, 12);
    private static readonly Galaxy Large = Row("NGC 101", "M 120", 9.9, -0.2, GalaxyClass.Elliptical, 30);
    private static readonly Galaxy Outside = Row("NGC 102", "NGC 102", 10.7, 0, GalaxyClass.Lenticular, 50);
    private static readonly Galaxy Background = Row("NGC 103", "NGC 103", 10.1, 0.3, GalaxyClass.Irregular, 3);
    private static readonly Galaxy Host = Row("NGC 104", "NGC 104", 10.3, -0.3, GalaxyClass.Spiral, 200);

    [Fact]
    public void TheLargestGalaxyOfASensibleSizeInsideTheFootprintIsChosen()
    {
        Assert.Same(Large, TextureGalaxyMatch.Find(Texture("x.png"), [Small, Large, Outside, Background, Host]));
        Assert.Same(Small, TextureGalaxyMatch.Find(Texture("x.png"), [Small, Outside, Background, Host]));
    }

    [Fact]
    public void ATextureWithoutSuchAGalaxyIsNoGalaxy()
    {
        // Outside the corners, too small (3' of 60') or larger than the texture (200'): a nebula or a patch of a big galaxy.
        Assert.Null(TextureGalaxyMatch.Find(Texture("x.png"), [Outside, Background, Host]));
    }

    [Fact]
    public void TheGalaxyTheFileNameNamesWinsWhenItQualifies()
    {
        Assert.Same(Small, TextureGalaxyMatch.Find(Texture("n100-vasey.png"), [Small, Large]));
        Assert.Same(Large, TextureGalaxyMatch.Find(Texture("m120.png"), [Small, Large]));
        // A named galaxy that does not qualify gives way to the largest one that does.
        Assert.Same(Large, TextureGalaxyMatch.Find(Texture("n103.png"), [Small, Large, Background]));
    }

    [Theory]
    [InlineData("m51-vasey.png", "M 51")]
    [InlineData("n891.png", "NGC 891")]
    [InlineData("ic342.png", "IC 342")]
    [InlineData("p33423.png", "PGC 33423")]
    [InlineData("n0253.png", "NGC 253")]
    [InlineData("lmc_10.png", null)]
    [InlineData("sh2-155.png", null)]
    public void FileNamesGiveDesignations(string file, string? designation) =>
        Assert.Equal(designation, TextureGalaxyMatch.NamedDesignation(file));
}
