namespace AstroDL.Notebooks.Tests.Support;

/// <summary>The course repository the tests were built in: the first folder above the test binaries with Course.sln.</summary>
public static class Repository
{
    /// <summary>The repository root; null when the tests run outside it (copied binaries).</summary>
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Course.sln"))) return folder.FullName;
        }
        return null;
    }
}
