using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

public class RepositoryFolderTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public void WalksUpToTheFolderWithCourseSln()
    {
        File.WriteAllText(root.File("Course.sln"), "");
        Directory.CreateDirectory(root.File("data"));
        var notebooks = Directory.CreateDirectory(root.File("notebooks/lecture")).FullName;
        Assert.Equal(root.File("data"), RepositoryFolder.FindDataFrom(notebooks));
    }

    [Fact]
    public void DataReadmeMarksTheRootToo()
    {
        Directory.CreateDirectory(root.File("copy/data"));
        File.WriteAllText(root.File("copy/data/README.md"), "");
        Assert.Equal(root.File("copy/data"), RepositoryFolder.FindDataFrom(root.File("copy/data")));
    }

    [Fact]
    public void TheTestsFindThisRepositorysData()
    {
        var data = RepositoryFolder.FindData();
        Assert.NotNull(data);
        Assert.True(File.Exists(Path.Combine(data, "README.md")));
    }
}
