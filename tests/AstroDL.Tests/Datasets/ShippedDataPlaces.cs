using AstroDL.Datasets;

namespace AstroDL.Tests.Datasets;

/// <summary>Data places that see only this repository's data/ (and, where asked, the system's data sets), whatever ASTRODL_DATA says.</summary>
internal static class ShippedDataPlaces
{
    public static string RepositoryData => RepositoryFolder.FindData() ?? throw new InvalidOperationException("the tests run outside the repository");

    public static DataPlaces Only(string? systemDatasets = null) =>
        new(null, RepositoryData, systemDatasets, Path.Combine(Path.GetTempPath(), "astrodl-test-never-written"));

    /// <summary>The downloader of a load that must find its files without one.</summary>
    public static Downloader NoDownload() => throw new InvalidOperationException("no download expected");
}
