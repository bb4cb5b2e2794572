using AstroDL.Astro;
using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>
/// The kit's galaxy table: 18,090 galaxies from the d3-celestial catalogue with their Hubble class, axis ratio,
/// size, magnitude and (for about 5,000) B−V colour, for the perceptron and MLP lectures.
/// <c>var (x, y) = GalaxyCatalog.Load().EllipticalVsSpiral(GalaxyFeature.AxisRatio, GalaxyFeature.BMinusV);</c>
/// </summary>
public sealed class GalaxyCatalog
{
    internal const string FileName = "galaxies.csv";
    internal const string FolderName = "galaxies";

    /// <summary>SHA-256 of data/galaxies/galaxies.csv as data/scripts/make_galaxy_table.py writes it.</summary>
    internal const string Sha256 = "7d4df629b3bbf8e541397dde9429b2cf847ecef5d8320ae358ca8efbbe2630cb";

    private GalaxyCatalog(List<Galaxy> rows, string source)
    {
        Rows = rows;
        Source = source;
    }

    /// <summary>Every galaxy, in the table's order.</summary>
    public IReadOnlyList<Galaxy> Rows { get; }

    /// <summary>The file the table was read from.</summary>
    public string Source { get; }

    public int Count => Rows.Count;

    /// <summary>How many galaxies each class has.</summary>
    public IReadOnlyDictionary<GalaxyClass, int> ClassCounts =>
        Enum.GetValues<GalaxyClass>().ToDictionary(c => c, c => Rows.Count(g => g.Class == c));

    /// <summary>
    /// Reads the table from <paramref name="path"/> (the CSV file or a folder holding it), else from
    /// ASTRODL_DATA/galaxies/, else from the repository's data/galaxies/.
    /// </summary>
    public static GalaxyCatalog Load(string? path = null) => Load(path, DataPlaces.Current());

    internal static GalaxyCatalog Load(string? path, DataPlaces places)
    {
        var candidates = Candidates(path, places);
        var file = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"The galaxy table {FileName} was not found. Looked for:{Environment.NewLine}" +
                string.Join(Environment.NewLine, candidates.Select(c => "  - " + c)) + Environment.NewLine +
                $"It ships with the repository in data/{FolderName}/{FileName}; outside a clone, set {DataPlaces.EnvironmentVariable} to a copy " +
                "of the data/ folder, or rebuild the table with data/scripts/make_galaxy_table.py.");
        return new GalaxyCatalog(GalaxyTableReader.Read(file), file);
    }

    /// <summary>Where the table may be, in the kit's order.</summary>
    internal static List<string> Candidates(string? path, DataPlaces places)
    {
        var found = new List<string>();
        if (path is not null)
        {
            var given = Path.GetFullPath(path);
            found.AddRange(Directory.Exists(given) ? [Path.Combine(given, FileName), Path.Combine(given, FolderName, FileName)] : [given]);
        }
        found.AddRange(new[] { places.EnvironmentFolder, places.RepositoryData }.OfType<string>().Select(f => Path.Combine(f, FolderName, FileName)));
        return found;
    }

    /// <summary>
    /// Inputs and targets for telling ellipticals from spirals: the galaxies of those two classes that have every one of
    /// <paramref name="features"/> (default: axis ratio and B−V), as features float32 [N, F] and labels float32 [N]
    /// (1 elliptical, 0 spiral; for a ±1 perceptron use <c>labels * 2 - 1</c>).
    /// </summary>
    public (Tensor Features, Tensor Labels) EllipticalVsSpiral(params GalaxyFeature[] features)
    {
        if (features.Length == 0) features = [GalaxyFeature.AxisRatio, GalaxyFeature.BMinusV];
        var rows = Rows.Where(g => g.Class is GalaxyClass.Elliptical or GalaxyClass.Spiral && features.All(f => g.Get(f) is not null)).ToList();
        var labels = rows.Select(g => g.Class == GalaxyClass.Elliptical ? 1f : 0f).ToArray();
        return (Features(rows, features), tensor(labels));
    }

    /// <summary>
    /// <paramref name="features"/> of <paramref name="rows"/> as float32 [N, F]; every row must have every feature
    /// (filter with <c>g.Get(feature) is not null</c> first).
    /// </summary>
    public static Tensor Features(IEnumerable<Galaxy> rows, params GalaxyFeature[] features)
    {
        var list = rows.ToList();
        var values = new float[list.Count * features.Length];
        for (int i = 0; i < list.Count; i++)
        {
            for (int j = 0; j < features.Length; j++)
            {
                values[i * features.Length + j] = (float)(list[i].Get(features[j])
                    ?? throw new ArgumentException($"GalaxyCatalog.Features: {list[i].Name} has no {features[j]}; keep only the galaxies that have it."));
            }
        }
        return tensor(values, [list.Count, features.Length]);
    }

    /// <summary>The class of each of <paramref name="rows"/> as int64 [N] (Elliptical 0, Lenticular 1, Spiral 2, Irregular 3), for cross_entropy.</summary>
    public static Tensor ClassIndices(IEnumerable<Galaxy> rows) => tensor(rows.Select(g => (long)g.Class).ToArray());

    public override string ToString() =>
        $"GalaxyCatalog: {Count:N0} galaxies ({string.Join(", ", ClassCounts.Select(c => $"{c.Value:N0} {c.Key.ToString().ToLowerInvariant()}"))}) from {Source}";
}
