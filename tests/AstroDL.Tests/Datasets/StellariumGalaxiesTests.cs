using System.Text.Json;
using AstroDL.Astro;
using AstroDL.Datasets;
using AstroDL.Plotting;
using AstroDL.Tests.Serialization;
using Xunit.Abstractions;

namespace AstroDL.Tests.Datasets;

/// <summary>A fact that runs only where Debian's stellarium-data package is installed, and says so when skipped.</summary>
public sealed class DebianStellariumFactAttribute : FactAttribute
{
    public DebianStellariumFactAttribute()
    {
        if (!File.Exists(Path.Combine(StellariumGalaxies.SystemFolder, StellariumGalaxies.IndexFileName)))
            Skip = "Stellarium's nebula images are not installed in /usr/share/stellarium (sudo apt-get install stellarium-data, or environment/setup-debian.sh)";
    }
}

public class StellariumGalaxiesTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    // 8×8 RGB: pixel (x, y) from the top left has channel c = 3 (8y + x) + c. 4×4 grey: pixel (x, y) = 16 (4y + x).
    private static readonly byte[] Rgb = Enumerable.Range(0, 8 * 8 * 3).Select(i => (byte)i).ToArray();
    private static readonly byte[] Grey = Enumerable.Range(0, 16).Select(i => (byte)(16 * i)).ToArray();

    /// <summary>
    /// A folder like nebulae/default: n100.png (RGB, NGC 100 a quarter in from its top left), n200.png (grey, NGC 200 at
    /// its centre) and neb.png (a nebula: no galaxy, and no file either), each 1° × 1°; plus a galaxy table for them.
    /// </summary>
    private GalaxyCatalog Fixture()
    {
        File.WriteAllBytes(root.File("n100.png"), PngEncoder.Encode(Rgb, 8, 8, PngColor.Rgb));
        File.WriteAllBytes(root.File("n200.png"), PngEncoder.Encode(Grey, 4, 4, PngColor.Gray));
        File.WriteAllText(root.File("textures.json"), """
            {"subTiles": [
                {"imageCredits": {"short": "One"}, "imageUrl": "n100.png", "worldCoords": [[[10.5,-.5], [9.5,-.5], [9.5,.5], [10.5,.5]]]},
                {"imageCredits": {"short": "Two"}, "imageUrl": "neb.png", "worldCoords": [[[50.5,-.5], [49.5,-.5], [49.5,.5], [50.5,.5]]]},
                {"imageCredits": {"Short": "Three"}, "imageUrl": "n200.png", "worldCoords": [[[-29.5,19.5], [-30.5,19.5], [-30.5,20.5], [-29.5,20.5]]]},
            ]}
            """);
        File.WriteAllText(root.File("galaxies.csv"), """
            id,name,ra_deg,dec_deg,type,class,hubble,major_arcmin,minor_arcmin,axis_ratio,mag,bv
            NGC 100,NGC 100,10.25,0.25,s,spiral,Sc,12,6,0.5,12,
            NGC 200,NGC 200,330,20,e,elliptical,E2,20,16,0.8,11,0.9
            NGC 300,NGC 300,50,0,e,elliptical,E0,1,1,1,15,
            """);
        return GalaxyCatalog.Load(root.File("galaxies.csv"));
    }

    /// <summary>The mean of channel c over the 2×2 block of the RGB fixture whose top-left pixel is (x, y).</summary>
    private static double Block(int x, int y, int c) =>
        (Rgb[3 * (8 * y + x) + c] + Rgb[3 * (8 * y + x + 1) + c] + Rgb[3 * (8 * (y + 1) + x) + c] + Rgb[3 * (8 * (y + 1) + x + 1) + c]) / 4.0 / 255;

    [Fact]
    public void GalaxyTexturesAreFoundWithTheirClassesAndTheNebulaIsLeftOut()
    {
        var found = StellariumGalaxies.Find(root.Path, Fixture());

        Assert.Equal(["n100.png", "n200.png"], found.Select(g => g.File));
        Assert.Equal(["NGC 100", "NGC 200"], found.Select(g => g.Name));
        Assert.Equal([GalaxyClass.Spiral, GalaxyClass.Elliptical], found.Select(g => g.Class));
        Assert.Equal(["Sc", "E2"], found.Select(g => g.HubbleType));
        Assert.Equal(["One", "Three"], found.Select(g => g.Credit));
    }

    [Fact]
    public void StampsAreCutAroundTheGalaxyAndAreaAveraged()
    {
        var set = StellariumGalaxies.Load(size: 2, folder: root.Path, catalog: Fixture());

        Assert.Equal([2L, 3, 2, 2], set.Images.shape);
        Assert.Equal([(long)GalaxyClass.Spiral, (long)GalaxyClass.Elliptical], set.Labels.data<long>().ToArray());
        var values = set.Images.data<float>().ToArray();
        // NGC 100 sits at pixel (2, 2) of n100.png, so the stamp is its top-left 4×4 pixels: four 2×2 means per colour.
        for (int c = 0; c < 3; c++)
        {
            for (int i = 0; i < 2; i++)
            {
                for (int j = 0; j < 2; j++)
                    Assert.Equal(Block(2 * j, 2 * i, c), values[c * 4 + i * 2 + j], 0.005);
            }
        }
        // NGC 200 fills the grey n200.png: every colour holds the same 2×2 means.
        double[] grey = [(0 + 16 + 64 + 80) / 4.0, (32 + 48 + 96 + 112) / 4.0, (128 + 144 + 192 + 208) / 4.0, (160 + 176 + 224 + 240) / 4.0];
        for (int c = 0; c < 3; c++)
        {
            for (int k = 0; k < 4; k++) Assert.Equal(grey[k] / 255, values[12 + c * 4 + k], 0.005);
        }
        Assert.Contains("2 images [2, 3, 2, 2] (1 elliptical, 0 lenticular, 1 spiral, 0 irregular)", set.ToString());
    }

    [Fact]
    public void ALargerStampRepeatsPixels()
    {
        var set = StellariumGalaxies.Load(size: 8, folder: root.Path, catalog: Fixture());

        var greyStamp = set.Images.data<float>().ToArray().AsSpan(3 * 64, 64).ToArray();
        for (int i = 0; i < 8; i++)
        {
            for (int j = 0; j < 8; j++) Assert.Equal(Grey[4 * (i / 2) + j / 2] / 255.0, greyStamp[8 * i + j], 0.005);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ACorruptImageIsNamed(bool truncated)
    {
        var catalog = Fixture();
        var png = File.ReadAllBytes(root.File("n200.png"));
        File.WriteAllBytes(root.File("n200.png"), truncated ? png[..(png.Length / 2)] : "this is not a PNG file"u8.ToArray());

        var e = Assert.Throws<InvalidDataException>(() => StellariumGalaxies.Load(folder: root.Path, catalog: catalog));
        Assert.StartsWith(root.File("n200.png") + ": the image cannot be decoded", e.Message);
        Assert.Contains("sudo apt-get install --reinstall stellarium-data", e.Message);
    }

    [Fact]
    public void AMissingImageIsNamed()
    {
        var catalog = Fixture();
        File.Delete(root.File("n100.png"));

        var e = Assert.Throws<FileNotFoundException>(() => StellariumGalaxies.Load(folder: root.Path, catalog: catalog));
        Assert.StartsWith(root.File("n100.png") + ": textures.json lists this image but it is missing", e.Message);
    }

    [Fact]
    public void MissingPackageSaysWhatToInstall()
    {
        var e = Assert.Throws<FileNotFoundException>(() => StellariumGalaxies.Load(folder: root.Path));
        Assert.Contains(root.File("textures.json"), e.Message);
        Assert.Contains("sudo apt-get install stellarium-data", e.Message);
        Assert.Contains("environment/setup-debian.sh", e.Message);
    }

    [DebianStellariumFact]
    public void TheInstalledPackageHoldsM51AndNgc891AmongItsGalaxies()
    {
        // What make_stellarium_fixture.py found with its own lenient parse, projection and matching (Python).
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "stellarium", "galaxies.json")));
        var textures = StellariumGalaxies.Textures();
        var set = StellariumGalaxies.Load(size: 32);
        foreach (var g in set.Galaxies) output.WriteLine(g.ToString());
        output.WriteLine(set.ToString());

        Assert.Equal(expected.RootElement.GetProperty("textures").GetInt32(), textures.Count);
        Assert.Equal(
            expected.RootElement.GetProperty("galaxies").EnumerateArray()
                .Select(g => $"{g.GetProperty("file").GetString()}: {g.GetProperty("name").GetString()} {g.GetProperty("class").GetString()}"),
            set.Galaxies.Select(g => $"{g.File}: {g.Name} {g.Class.ToString().ToLowerInvariant()}"));
        var m51 = Assert.Single(set.Galaxies, g => g.Name == "M 51");
        Assert.Equal("m51-vasey.png", m51.File);
        Assert.Equal(GalaxyClass.Spiral, m51.Class);
        var ngc891 = Assert.Single(set.Galaxies, g => g.Name == "NGC 891");
        Assert.Equal("n891.png", ngc891.File);
        Assert.Equal(GalaxyClass.Spiral, ngc891.Class);
        Assert.DoesNotContain(set.Galaxies, g => g.File.StartsWith("lmc", StringComparison.Ordinal));
        Assert.Equal(new Dictionary<GalaxyClass, int>
        {
            [GalaxyClass.Elliptical] = 12, [GalaxyClass.Lenticular] = 17, [GalaxyClass.Spiral] = 139, [GalaxyClass.Irregular] = 19,
        }, set.ClassCounts);
        Assert.Equal([187L, 3, 32, 32], set.Images.shape);
        Assert.InRange(set.Images.data<float>().ToArray().Max(), 0.5f, 1f);
    }

    [DebianStellariumFact]
    public void TheTextureIsNorthUp()
    {
        // M51's companion NGC 5195 lies 4' north of it. Where the footprint puts it (above M51 in the picture) its nucleus is
        // nearly white; with rows taken the other way up the same place falls on M51's disk (0.65), off the companion.
        var m51 = StellariumGalaxies.Textures().Single(t => t.File == "m51-vasey.png");
        var image = TextureImage.Read(Path.Combine(StellariumGalaxies.SystemFolder, m51.File));
        var (u, v) = m51.Footprint.Locate(202.4983, 47.26613)!.Value;
        double Mean(double y)
        {
            int x0 = (int)(u * image.Width), y0 = (int)y;
            double sum = 0;
            for (int dy = -3; dy <= 3; dy++)
            {
                for (int dx = -3; dx <= 3; dx++) sum += image.Rgb.AsSpan(3 * ((y0 + dy) * image.Width + x0 + dx), 3).ToArray().Sum(b => (double)b);
            }
            return sum / (49 * 3 * 255);
        }
        double there = Mean((1 - v) * image.Height), mirror = Mean(v * image.Height);
        output.WriteLine($"NGC 5195 at texture ({u:0.000}, {v:0.000}): brightness {there:0.000}, at the mirrored row {mirror:0.000}");
        Assert.InRange(v, 0.55, 0.7);
        Assert.True(there > 0.9 && mirror < 0.8, $"NGC 5195: {there:0.000} where the footprint puts it, {mirror:0.000} mirrored");
    }
}
