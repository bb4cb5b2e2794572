namespace AstroDL.Datasets;

/// <summary>
/// Every data set the kit can load, for the `course data` and `course doctor` commands:
/// <c>foreach (var set in DataSetRegistry.All) Console.WriteLine($"{set.Name}: {set.Status} {set.Location}");</c>
/// </summary>
public static class DataSetRegistry
{
    /// <summary>
    /// MNIST, Fashion-MNIST, the galaxy table, the two Galaxy10 files, and the images that Debian packages install (M51,
    /// the Stellarium galaxies), looked up on this machine's real folders.
    /// </summary>
    public static IReadOnlyList<DataSetInfo> All { get; } = Create(null, () => new Downloader());

    /// <summary>The set called <paramref name="name"/> (case-insensitive), e.g. "mnist".</summary>
    public static DataSetInfo Get(string name) =>
        All.FirstOrDefault(set => string.Equals(set.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No data set is called '{name}'; the kit knows {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));

    /// <summary>The folder downloads go to: ASTRODL_DATA, else the repository's data/, else a per-user folder.</summary>
    public static string DownloadFolder => DataPlaces.Current().DownloadFolder;

    /// <summary>The environment variable that names a data folder to look in (and download to) first.</summary>
    public const string DataFolderVariable = DataPlaces.EnvironmentVariable;

    internal static IReadOnlyList<DataSetInfo> Create(DataPlaces? places, Func<Downloader> downloader) =>
    [
        new ImageSetInfo(Mnist.Spec, places, downloader),
        new ImageSetInfo(FashionMnist.Spec, places, downloader),
        new GalaxyTableInfo(places),
        new Galaxy10Info(Galaxy10.Decals, places, downloader),
        new Galaxy10Info(Galaxy10.Sdss, places, downloader),
        InstalledSetInfo.M51Image(),
        InstalledSetInfo.StellariumImages(),
    ];
}
