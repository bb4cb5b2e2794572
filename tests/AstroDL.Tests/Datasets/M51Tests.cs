using System.Security.Cryptography;
using System.Text.Json;
using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

/// <summary>A fact that runs only where Debian's iraf package is installed, and says so when skipped.</summary>
public sealed class DebianIrafFactAttribute : FactAttribute
{
    public DebianIrafFactAttribute()
    {
        if (!File.Exists(Path.Combine(M51.SystemFolder, "pix.pix")))
            Skip = "IRAF's M51 image is not installed in /usr/lib/iraf/dev (sudo apt-get install iraf, or environment/setup-debian.sh)";
    }
}

public class M51Tests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    /// <summary>What make_m51_fixture.py measured on the installed file with NumPy.</summary>
    private static JsonElement Expected()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "iraf", "m51.json")));
        return doc.RootElement.Clone();
    }

    [DebianIrafFact]
    public void PixelsMatchAnIndependentReadingOfTheFile()
    {
        var expected = Expected();
        Assert.Equal(expected.GetProperty("pixel_sha256").GetString(),
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(M51.SystemFolder, "pix.pix")))));

        var m51 = M51.Load();

        Assert.Equal([512L, 512], m51.shape);
        Assert.Equal(ScalarType.Float32, m51.dtype);
        var values = m51.data<float>().ToArray();
        Assert.Equal(expected.GetProperty("min").GetDouble(), values.Min());
        Assert.Equal(expected.GetProperty("max").GetDouble(), values.Max());
        Assert.Equal(expected.GetProperty("sum").GetDouble(), values.Sum(v => (double)v));
        foreach (var pixel in expected.GetProperty("pixels").EnumerateArray())
            Assert.Equal(pixel.GetProperty("value").GetDouble(), values[pixel.GetProperty("row").GetInt32() * 512 + pixel.GetProperty("column").GetInt32()]);
    }

    [DebianIrafFact]
    public void HeaderCardsAgreeWithThePixels()
    {
        var image = M51.Read();
        Assert.Equal("m51  B  600s", image.Title);
        Assert.Equal(600L, image["ITIME"]);
        Assert.Equal("13:29:24.00", image["RA"]);
        // The header's own data range, written by IRAF when the image was made.
        Assert.Equal((double)image["IRAF-MAX"]!, image.Pixels.Max());
        Assert.Equal((double)image["IRAF-MIN"]!, image.Pixels.Min());
        Assert.Equal("Apr 22 14:11 Trim image section is [3:510,3:510]", image["TRIM"]);
    }

    [Fact]
    public void MissingPackageSaysWhatToInstall()
    {
        var e = Assert.Throws<FileNotFoundException>(() => M51.Load(root.Path));
        Assert.Contains(root.File("pix.imh"), e.Message);
        Assert.Contains("sudo apt-get install iraf", e.Message);
        Assert.Contains("environment/setup-debian.sh", e.Message);
    }

    [DebianIrafFact]
    public void TruncatedPixelFileNamesTheFileAndTheBytes()
    {
        File.Copy(Path.Combine(M51.SystemFolder, "pix.imh"), root.File("pix.imh"));
        File.WriteAllBytes(root.File("pix.pix"), File.ReadAllBytes(Path.Combine(M51.SystemFolder, "pix.pix"))[..100_000]);
        var e = Assert.Throws<InvalidDataException>(() => M51.Load(root.Path));
        Assert.StartsWith(root.File("pix.pix") + ", byte 100000: the file ends after 100,000 bytes", e.Message);
        Assert.Contains("526,336", e.Message);
    }

    [DebianIrafFact]
    public void DamagedHeaderNamesTheFile()
    {
        var header = File.ReadAllBytes(Path.Combine(M51.SystemFolder, "pix.imh"));
        header[0] = (byte)'X';
        File.WriteAllBytes(root.File("pix.imh"), header);
        var e = Assert.Throws<InvalidDataException>(() => M51.Load(root.File("pix.imh")));
        Assert.StartsWith(root.File("pix.imh") + ", byte 0: it is not an IRAF version-2 image header", e.Message);
    }
}
