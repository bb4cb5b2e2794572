using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

public class InstalledSetInfoTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public void TheRegistryListsTheInstalledImagesAsOptionalPackagesNotDownloads()
    {
        var sets = DataSetRegistry.Create(ShippedDataPlaces.Only(), ShippedDataPlaces.NoDownload).OfType<InstalledSetInfo>().ToList();
        Assert.Equal(["m51", "stellarium-galaxies"], sets.Select(s => s.Name));
        Assert.All(sets, s => Assert.True(s.IsOptional && !s.CanFetch));
        Assert.Contains("sudo apt-get install iraf", sets[0].HowToGet);
        Assert.Contains("sudo apt-get install stellarium-data", sets[1].HowToGet);
        var error = Assert.Throws<NotSupportedException>(() => sets[1].Fetch());
        Assert.Contains("comes with a Debian package", error.Message);
    }

    [Fact]
    public void AMissingFolderIsMissingAndSaysWhatToInstall()
    {
        var info = InstalledSetInfo.StellariumImages(Path.Combine(root.Path, "absent"));
        Assert.Equal(DataSetStatus.Missing, info.Status);
        var check = Assert.Single(info.Verify());
        Assert.False(check.Ok);
        Assert.Contains("sudo apt-get install stellarium-data", check.Message);
    }

    [Fact]
    public void M51WithOtherPixelsFailsItsChecksum()
    {
        File.WriteAllText(root.File("pix.imh"), "header");
        File.WriteAllBytes(root.File("pix.pix"), [1, 2, 3]);
        var info = InstalledSetInfo.M51Image(root.Path);
        Assert.Equal(DataSetStatus.Found, info.Status);
        var check = Assert.Single(info.Verify());
        Assert.False(check.Ok);
        Assert.Contains("not that of Debian's iraf 2.17", check.Message);
        File.Delete(root.File("pix.pix"));
        Assert.Contains("missing", Assert.Single(info.Verify()).Message);
    }

    [Fact]
    public void StellariumChecksNameMissingTexturesAndABrokenIndex()
    {
        File.WriteAllBytes(root.File("a.png"), [0]);
        File.WriteAllText(root.File("textures.json"), """
            {"subTiles": [
                {"imageUrl": "a.png", "worldCoords": [[[10.5,-.5], [9.5,-.5], [9.5,.5], [10.5,.5]]]},
                {"imageUrl": "b.png", "worldCoords": [[[20.5,-.5], [19.5,-.5], [19.5,.5], [20.5,.5]]]}
            ]}
            """);
        var info = InstalledSetInfo.StellariumImages(root.Path);
        var checks = info.Verify();
        Assert.True(checks[0].Ok);
        Assert.Contains("lists 2 textures", checks[0].Message);
        Assert.False(checks[1].Ok);
        Assert.Contains("1 listed textures are missing (b.png)", checks[1].Message);

        File.WriteAllText(root.File("textures.json"), "{\"subTiles\": [ {\"imageUrl\": ");
        var broken = Assert.Single(info.Verify());
        Assert.False(broken.Ok);
        Assert.Contains("textures.json", broken.Message);
    }
}
