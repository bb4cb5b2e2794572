using System.Text.Json;
using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

public class Galaxy10Tests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    private Galaxy10Images Load(string path, int? limit = null, int start = 0, Galaxy10Spec? spec = null) =>
        Galaxy10.Load(spec ?? Galaxy10.Decals, path, download: false, limit, start, Galaxy10Mock.Places(root), ShippedDataPlaces.NoDownload);

    /// <summary>Every probe pixel the script recorded for images [start, start + count), at [n - start, band, row, column], as byte / 255.</summary>
    private static void AssertProbes(JsonElement expected, Galaxy10Images loaded, int start = 0)
    {
        var images = loaded.Images;
        int checkedProbes = 0;
        foreach (var probe in expected.GetProperty("probes").EnumerateArray())
        {
            var at = probe.GetProperty("at").EnumerateArray().Select(v => v.GetInt64()).ToArray();
            if (at[0] < start || at[0] >= start + loaded.Count) continue;
            float actual = images[at[0] - start, at[3], at[1], at[2]].item<float>();
            Assert.Equal(probe.GetProperty("value").GetInt32() / 255f, actual);
            checkedProbes++;
        }
        Assert.True(checkedProbes >= 8, $"only {checkedProbes} probes fall in the block");
    }

    private static long[] Longs(JsonElement expected, string name) => expected.GetProperty(name).EnumerateArray().Select(v => v.GetInt64()).ToArray();

    private static double[] Doubles(JsonElement expected, string name) => expected.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    [Fact]
    public void DecalsMockLoadsWithThePixelsLabelsAndCoordinatesTheScriptWrote()
    {
        var expected = Galaxy10Mock.Expected("decals");
        var loaded = Load(Galaxy10Mock.Decals);

        Assert.Equal([12L, 3, 16, 16], loaded.Images.shape);
        Assert.Equal(ScalarType.Float32, loaded.Images.dtype);
        Assert.Equal(ScalarType.Int64, loaded.Labels.dtype);
        Assert.Equal(Longs(expected, "labels"), loaded.Labels.data<long>().ToArray());
        AssertProbes(expected, loaded);
        var sums = Longs(expected, "image_sums");
        for (int i = 0; i < sums.Length; i++)
            Assert.Equal(sums[i], loaded.Images[i].sum().item<float>() * 255, 0.02 * sums[i] / 1000);
        Assert.Equal(Doubles(expected, "ra"), loaded.Ra!.data<double>().ToArray());
        Assert.Equal(Doubles(expected, "dec"), loaded.Dec!.data<double>().ToArray());
        Assert.Equal(Doubles(expected, "redshift"), loaded.Redshift!.data<double>().ToArray());
        Assert.Equal(Doubles(expected, "pxscale"), loaded.PixelScale!.data<double>().ToArray());
        Assert.Equal($"the given path ({Galaxy10Mock.Decals})", loaded.Source);
        Assert.Equal((0, 12), (loaded.Start, loaded.FileCount));
    }

    [Fact]
    public void ClassNamesAreThePublishedOnes()
    {
        // astroNN's own name table calls DECaLS class 3 "Smooth, Cigar shaped"; the data set's table says otherwise.
        Assert.Equal("In-between Round Smooth", Galaxy10.Classes(Galaxy10Variant.Decals)[3]);
        Assert.Equal("Cigar Shaped Smooth", Galaxy10.Classes()[4]);
        Assert.Equal("Smooth, Cigar shaped", Galaxy10.Classes(Galaxy10Variant.Sdss)[3]);
        Assert.All(new[] { Galaxy10Variant.Decals, Galaxy10Variant.Sdss }, v => Assert.Equal(10, Galaxy10.Classes(v).Distinct().Count()));
        Assert.Same(Galaxy10.Decals.Classes, Load(Galaxy10Mock.Decals, limit: 1).Classes);
    }

    [Fact]
    public void ABlockReadsOnlyThoseImagesAndTheirValues()
    {
        var expected = Galaxy10Mock.Expected("decals");
        var block = Load(Galaxy10Mock.Decals, limit: 5, start: 3);

        Assert.Equal([5L, 3, 16, 16], block.Images.shape);
        Assert.Equal(Longs(expected, "labels")[3..8], block.Labels.data<long>().ToArray());
        Assert.Equal(Doubles(expected, "ra")[3..8], block.Ra!.data<double>().ToArray());
        Assert.Equal(Doubles(expected, "redshift")[3..8], block.Redshift!.data<double>().ToArray());
        AssertProbes(expected, block, start: 3);
        Assert.Equal((3, 12), (block.Start, block.FileCount));
        Assert.Contains("5 images [5, 3, 16, 16] (from 3, of 12)", block.ToString());

        // A limit past the end stops at the last image.
        Assert.Equal(2, Load(Galaxy10Mock.Decals, limit: 5, start: 10).Count);
        Assert.Contains("holds 12 images, numbered 0 to 11",
            Assert.Throws<ArgumentOutOfRangeException>(() => Load(Galaxy10Mock.Decals, start: 12)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Load(Galaxy10Mock.Decals, limit: 0));
    }

    [Fact]
    public void SdssMockLoadsWithoutCoordinates()
    {
        var expected = Galaxy10Mock.Expected("sdss");
        var loaded = Load(Galaxy10Mock.Sdss, spec: Galaxy10.Sdss);

        Assert.Equal([5L, 3, 9, 9], loaded.Images.shape);
        Assert.Equal(Longs(expected, "labels"), loaded.Labels.data<long>().ToArray());
        AssertProbes(expected, loaded);
        Assert.Null(loaded.Ra);
        Assert.Null(loaded.Redshift);
        Assert.Equal("Galaxy10 SDSS", loaded.DataSet);
        Assert.Equal(Galaxy10Variant.Sdss, loaded.Variant);
    }

    [Fact]
    public void TheFileIsFoundInTheDataFolder()
    {
        var places = Galaxy10Mock.Places(root);
        var file = Galaxy10Mock.Install(Galaxy10.Decals, Galaxy10Mock.Decals, places.EnvironmentFolder!);

        var loaded = Galaxy10.Load(Galaxy10.Decals, null, false, 2, 0, places, ShippedDataPlaces.NoDownload);

        Assert.Equal($"ASTRODL_DATA ({file})", loaded.Source);
        Assert.Equal(2, Galaxy10.Load(Galaxy10.Decals, root.File("environment"), false, 2, 0, places, ShippedDataPlaces.NoDownload).Count);
    }

    [Fact]
    public void MissingFileNamesWhereItLookedTheSizeAndBothWaysToGetIt()
    {
        var places = Galaxy10Mock.Places(root);
        var e = Assert.Throws<FileNotFoundException>(() => Galaxy10.Load(Galaxy10.Decals, null, false, null, 0, places, ShippedDataPlaces.NoDownload));

        Assert.StartsWith("Galaxy10 DECaLS (Galaxy10_DECals.h5, 2.54 GB) was not found.", e.Message);
        Assert.Contains($"{root.File("environment/galaxy10/Galaxy10_DECals.h5")} (ASTRODL_DATA)", e.Message);
        Assert.Contains("course data fetch galaxy10-decals on the command line, or download: true in code", e.Message);
        Assert.Contains("https://zenodo.org/records/10845026/files/Galaxy10_DECals.h5", e.Message);
    }

    [Fact]
    public void TruncatedFileSaysSoWithBothSizes()
    {
        var path = root.File("Galaxy10_DECals.h5");
        File.WriteAllBytes(path, File.ReadAllBytes(Galaxy10Mock.Decals)[..9000]);

        var e = Assert.Throws<InvalidDataException>(() => Load(path, limit: 1));

        Assert.StartsWith($"{path} is truncated: it has 9,000 bytes but its HDF5 header says {new FileInfo(Galaxy10Mock.Decals).Length:N0}", e.Message);
        Assert.Contains("download it again (course data fetch galaxy10-decals", e.Message);
    }

    [Fact]
    public void ADamagedChunkIsNamedAndABlockBeforeItStillLoads()
    {
        var chunk = Galaxy10Mock.Expected("decals").GetProperty("chunks").EnumerateArray()
            .Single(c => c.GetProperty("at").EnumerateArray().Select(v => v.GetInt32()).SequenceEqual([6, 8, 0, 0]));
        var bytes = File.ReadAllBytes(Galaxy10Mock.Decals);
        bytes.AsSpan(chunk.GetProperty("byte_offset").GetInt32(), chunk.GetProperty("size").GetInt32()).Fill(0xFF);
        var path = root.File("Galaxy10_DECals.h5");
        File.WriteAllBytes(path, bytes);

        // Images 6 and 7 live in the damaged chunk; a block before them never reads it.
        Assert.Equal(6, Load(path, limit: 6).Count);
        var e = Assert.Throws<InvalidDataException>(() => Load(path));
        Assert.StartsWith($"{path}: reading the dataset 'images' failed (", e.Message);
        Assert.EndsWith("the file is damaged: delete it and download it again (course data fetch galaxy10-decals on the command line, or " +
                        "download: true in code).", e.Message);
    }

    [Fact]
    public void AFileThatIsNotHdf5IsNamed()
    {
        var path = root.File("Galaxy10.h5");
        File.WriteAllText(path, "<html><body>Too many requests</body></html>");

        var e = Assert.Throws<InvalidDataException>(() => Load(path, spec: Galaxy10.Sdss));

        Assert.StartsWith($"{path} is not an HDF5 file", e.Message);
        Assert.Contains("course data fetch galaxy10-sdss", e.Message);
    }

    [Fact]
    public void MissingDatasetIsNamedWithWhatTheFileHolds()
    {
        var path = Galaxy10Mock.File("galaxy10_no_labels.h5");
        var e = Assert.Throws<InvalidDataException>(() => Load(path));
        Assert.StartsWith($"{path} has no dataset 'ans' (it holds: images); it is not Galaxy10 DECaLS's Galaxy10_DECals.h5", e.Message);
        Assert.Contains("download it again", e.Message);
    }

    [Fact]
    public void WrongShapesAreNamed()
    {
        var flat = Galaxy10Mock.File("galaxy10_flat_images.h5");
        Assert.Contains("the dataset 'images' holds FixedPoint values of 1 byte(s) of shape (4, 8, 8); Galaxy10 DECaLS stores uint8 images of shape " +
                        "(N, height, width, 3)", Assert.Throws<InvalidDataException>(() => Load(flat)).Message);
        var labels = Galaxy10Mock.File("galaxy10_label_count.h5");
        Assert.Contains("the dataset 'ans' has shape (5), but the file holds 4 images, so it must be (4)",
            Assert.Throws<InvalidDataException>(() => Load(labels)).Message);
    }

    [Fact]
    public void AScalarPixelScaleCountsForEveryImage()
    {
        var loaded = Load(Galaxy10Mock.File("galaxy10_scalar_pxscale.h5"), limit: 3, start: 1);
        Assert.Equal([0.262, 0.262, 0.262], loaded.PixelScale!.data<double>().ToArray());
        Assert.Null(loaded.Ra);
    }
}
