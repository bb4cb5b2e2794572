namespace AstroDL.Datasets;

/// <summary>
/// Finds the kit's data/ folder by walking up to the repository root (the folder holding Course.sln or
/// data/README.md), from the library's own location (a build output inside the repository, which notebooks
/// reference) and from the current directory (a notebook's folder). The library's location comes first: it is
/// inside the kit's repository whenever the kit is built from it, while a working folder may lie in another tree.
/// </summary>
internal static class RepositoryFolder
{
    public static string? FindData() =>
        new[] { Path.GetDirectoryName(typeof(RepositoryFolder).Assembly.Location), Environment.CurrentDirectory, AppContext.BaseDirectory }
            .Where(start => !string.IsNullOrEmpty(start))
            .Select(start => FindDataFrom(start!))
            .FirstOrDefault(found => found is not null);

    internal static string? FindDataFrom(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            var data = Path.Combine(folder.FullName, "data");
            if (File.Exists(Path.Combine(data, "README.md")) || (File.Exists(Path.Combine(folder.FullName, "Course.sln")) && Directory.Exists(data)))
                return data;
        }
        return null;
    }
}
