namespace AstroDL.Datasets;

/// <summary>
/// The folders a data set is looked for in, in the kit's order after an explicit path: the ASTRODL_DATA folder, the
/// repository's data/ folder, the system's data sets folder (Debian installs dataset-* packages in /usr/share/datasets),
/// and the folder downloads go to. Tests build their own; the library reads the real ones with <see cref="Current"/>.
/// </summary>
internal sealed record DataPlaces(string? EnvironmentFolder, string? RepositoryData, string? SystemDatasets, string DownloadFolder)
{
    public const string EnvironmentVariable = "ASTRODL_DATA";

    public static DataPlaces Current()
    {
        var environment = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;
        var repository = RepositoryFolder.FindData();
        return new DataPlaces(environment, repository, OperatingSystem.IsWindows() ? null : "/usr/share/datasets",
            environment ?? repository ?? UserDataFolder());
    }

    /// <summary>Where downloads go outside a repository when ASTRODL_DATA is not set.</summary>
    private static string UserDataFolder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return Path.Combine(home.Length > 0 ? home : Path.GetTempPath(), "AstroDL", "data");
    }
}
