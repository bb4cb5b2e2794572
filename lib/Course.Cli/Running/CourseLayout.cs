namespace Course.Cli.Running;

/// <summary>Where things are in the course repository: its root (the folder with Course.sln), the notebooks and the built library.</summary>
public static class CourseLayout
{
    /// <summary>
    /// The build of the library that notebooks reference with <c>#r</c>, relative to the repository root (the Release
    /// build, as CI builds it: <c>dotnet build -c Release lib/AstroDL</c>).
    /// </summary>
    public const string LibraryBuild = "artifacts/notebook-lib/AstroDL.dll";

    /// <summary>The repository root: the first folder at or above the working directory with Course.sln.</summary>
    public static string? FindRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Course.sln"))) return folder.FullName;
        }
        return null;
    }

    /// <summary>The lecture notebooks (.ipynb and .dib in notebooks/), in lecture order: by file name, which starts with the number.</summary>
    public static IReadOnlyList<string> LectureNotebooks(string root)
    {
        var folder = Path.Combine(root, "notebooks");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder)
                .Where(f => Path.GetExtension(f) is ".ipynb" or ".dib")
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    public static string RequireRoot() => FindRoot()
        ?? throw new InvalidOperationException("cannot find the course repository (a folder with Course.sln) here or above; run course inside it.");
}
