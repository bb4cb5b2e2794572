using System.Text;
using System.Text.Json;
using AstroDL.Astro.Fits;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Astro.Fits;

/// <summary>The FITS reader against files astropy wrote and the values astropy reads from them (make_fits_fixtures.py).</summary>
public class FitsFileTests : IDisposable
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fits");
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    public static IEnumerable<object[]> Files() =>
        Directory.GetFiles(Folder, "*.fits").Select(f => new object[] { Path.GetFileName(f) }).OrderBy(f => (string)f[0]);

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadsWhatAstropyReads(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        var expected = doc.RootElement.GetProperty(file).EnumerateArray().ToList();
        var hdus = FitsFile.Read(Path.Combine(Folder, file));
        Assert.Equal(expected.Count, hdus.Count);
        foreach (var (want, hdu) in expected.Zip(hdus))
        {
            Assert.Equal(want.GetProperty("name").GetString(), hdu.Name);
            Assert.Equal(want.GetProperty("bitpix").GetInt32(), hdu.BitPix);
            Assert.Equal(want.GetProperty("data_offset").GetInt64(), hdu.DataOffset);
            Assert.Equal(want.GetProperty("shape").EnumerateArray().Select(v => v.GetInt64()), hdu.Shape);
            if (want.TryGetProperty("data", out var data))
                Assert.Equal(data.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? double.NaN : v.GetDouble()), hdu.Values!);
            else
                Assert.False(hdu.IsImage);
            if (want.TryGetProperty("cards", out var cards))
            {
                foreach (var card in cards.EnumerateObject())
                {
                    if (card.Value.ValueKind == JsonValueKind.String) Assert.Equal(card.Value.GetString(), hdu.Header[card.Name]);
                    else Assert.Equal(card.Value.GetDouble(), hdu.Header.Number(card.Name));
                }
            }
        }
    }

    [Fact]
    public void ImagesBecomeTensorsSlowestAxisFirst()
    {
        var cube = FitsFile.Read(Path.Combine(Folder, "extensions.fits")).Single(h => h.Name == "CUBE").tensor();
        Assert.Equal([2L, 3, 4], cube.shape);
        Assert.Equal(23f, cube[1, 2, 3].item<float>());
        Assert.Equal(-5000f, FitsFile.ReadImage(Path.Combine(Folder, "bitpix16.fits")).tensor()[0, 0].item<float>());
        Assert.Equal("SCI", FitsFile.ReadImage(Path.Combine(Folder, "extensions.fits")).Name);
    }

    [Fact]
    public void WcsKeywordsAreExposed()
    {
        var wcs = FitsFile.ReadImage(Path.Combine(Folder, "bitpix16.fits")).Header.Wcs;
        Assert.True(wcs.IsPresent);
        Assert.Equal(["RA---TAN", "DEC--TAN"], wcs.CType);
        Assert.Equal([2.5, 1.5], wcs.CRPix);
        Assert.Equal("ICRS", wcs.RaDeSys);
        Assert.Equal(-0.000277778, wcs.Matrix[0, 0]);
        Assert.Equal(0, wcs.Matrix[0, 1]);
        // Pixel (1.5, 0.5) in 0-based coordinates is the reference pixel.
        Assert.Equal((202.4696, 47.1952), wcs.Linear(1.5, 0.5));
    }

    [Fact]
    public void CardsParseAsTheStandardSays()
    {
        Assert.Equal(new FitsCard("EXPTIME", 1500.0, "seconds"), FitsCard.Parse("EXPTIME =             1.5D+03 / seconds"));
        Assert.Equal(new FitsCard("QUOTE", "it's", ""), FitsCard.Parse("QUOTE   = 'it''s   '"));
        Assert.Equal(new FitsCard("SIMPLE", true, ""), FitsCard.Parse("SIMPLE  =                    T"));
        Assert.Null(FitsCard.Parse("HISTORY = not a value").Value);
        var e = Assert.Throws<FormatException>(() => FitsCard.Parse("NAXIS1  = twelve"));
        Assert.Contains("card NAXIS1: the value 'twelve'", e.Message);
    }

    [Fact]
    public void CutOffDataNameTheFileAndOffset()
    {
        var path = root.File("cut.fits");
        File.WriteAllBytes(path, File.ReadAllBytes(Path.Combine(Folder, "bitpix-64.fits"))[..2900]);
        var e = Assert.Throws<InvalidDataException>(() => FitsFile.Read(path));
        Assert.StartsWith($"{path}, byte 2,900: HDU 0's data (96 bytes from byte 2,880) are cut off", e.Message);
    }

    [Fact]
    public void ABadCardNamesTheFileTheCardAndOffset()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "bitpix8.fits"));
        Encoding.ASCII.GetBytes("NAXIS1  =                  1x2").CopyTo(bytes, 3 * 80);
        var path = root.File("badcard.fits");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InvalidDataException>(() => FitsFile.Read(path));
        Assert.StartsWith($"{path}, byte 240: HDU 0, card NAXIS1: the value '1x2'", e.Message);
    }

    [Fact]
    public void AFileThatIsNotFitsSaysSo()
    {
        var path = root.File("text.fits");
        File.WriteAllText(path, "BITPIX  =                    8".PadRight(80) + "END".PadRight(2800));
        var e = Assert.Throws<InvalidDataException>(() => FitsFile.Read(path));
        Assert.StartsWith($"{path}, byte 0: it does not start with SIMPLE = T", e.Message);
    }
}
