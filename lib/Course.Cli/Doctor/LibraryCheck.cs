using Course.Cli.Running;

namespace Course.Cli.Doctor;

/// <summary>Whether the library build that notebooks reference exists and is newer than its sources.</summary>
internal static class LibraryCheck
{
    public static Finding Run(string? root)
    {
        if (root is null)
            return new Finding("library", Severity.Problem, "not inside the course repository (no Course.sln here or above)", "run course doctor inside the repository");
        var dll = Path.Combine(root, CourseLayout.LibraryBuild);
        var rebuild = "dotnet build -c Release lib/AstroDL (then restart the notebook kernel in VS Code)";
        if (!File.Exists(dll)) return new Finding("library", Severity.Problem, $"{CourseLayout.LibraryBuild} is missing", rebuild);
        var built = File.GetLastWriteTimeUtc(dll);
        var newestSource = Directory.EnumerateFiles(Path.Combine(root, "lib", "AstroDL"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.GetLastWriteTimeUtc)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();
        return newestSource > built
            ? new Finding("library", Severity.Problem, $"{CourseLayout.LibraryBuild} is older than its sources", rebuild)
            : new Finding("library", Severity.Ok, $"{CourseLayout.LibraryBuild} built {built:yyyy-MM-dd HH:mm} UTC");
    }
}
