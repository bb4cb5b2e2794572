using System.Globalization;
using AstroDL.Datasets;

namespace AstroDL.Astro.LightCurves;

/// <summary>
/// The GCVS priors table (data/variables/gcvs-priors.csv, embedded in the library): per class of variable star, the
/// catalogue's period and amplitude distribution, from which the simulator draws. Lines starting with # are the
/// table's provenance.
/// </summary>
public sealed class VariablePriors
{
    internal const string RepositoryPath = "data/variables/gcvs-priors.csv";
    private const string ResourceName = "AstroDL.Data.gcvs-priors.csv";

    /// <summary>SHA-256 of data/variables/gcvs-priors.csv as data/scripts/make_gcvs_priors.py writes it (also in data/README.md).</summary>
    internal const string Sha256 = "fa952b13fa03d4b43de79f3459e981c61aacff4e19a65b3d49c5a41d8aba0aac";
    private const string Fix = "Restore it (git checkout -- data/variables/gcvs-priors.csv) or rebuild it with data/scripts/make_gcvs_priors.py, then rebuild the library.";
    private static readonly Lazy<VariablePriors> ShippedTable = new(ReadShipped);
    private readonly Dictionary<LightCurveClass, VariablePrior> byClass;

    private VariablePriors(List<VariablePrior> rows, string source)
    {
        Rows = rows;
        Source = source;
        byClass = rows.ToDictionary(r => r.Class);
    }

    /// <summary>The table that ships inside AstroDL.dll.</summary>
    public static VariablePriors Shipped => ShippedTable.Value;

    /// <summary>One row per class, in the table's order.</summary>
    public IReadOnlyList<VariablePrior> Rows { get; }

    /// <summary>Where the table was read from.</summary>
    public string Source { get; }

    /// <summary>The prior of <paramref name="kind"/>; an error for classes the GCVS does not hold (transits, constant stars).</summary>
    public VariablePrior this[LightCurveClass kind] => byClass.TryGetValue(kind, out var row)
        ? row
        : throw new ArgumentException($"The priors table {Source} has no row for {kind}; it has {string.Join(", ", byClass.Keys)}.", nameof(kind));

    public bool Contains(LightCurveClass kind) => byClass.ContainsKey(kind);

    /// <summary>Reads a priors table from a file written by data/scripts/make_gcvs_priors.py.</summary>
    public static VariablePriors Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The variable-star priors table {Path.GetFullPath(path)} does not exist. The repository holds it in {RepositoryPath}; {Fix}", path);
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFullPath(path));
    }

    private static VariablePriors ReadShipped()
    {
        using var stream = typeof(VariablePriors).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"AstroDL.dll does not embed {RepositoryPath} ({ResourceName}). {Fix}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        string source = $"{RepositoryPath} (embedded in AstroDL.dll)";
        string digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(copy.ToArray()));
        if (digest != Sha256)
            throw new InvalidDataException($"{source} has SHA-256 {digest}, not {Sha256}. {Fix} A deliberate rebuild must update VariablePriors.Sha256 and data/README.md.");
        copy.Position = 0;
        using var reader = new StreamReader(copy);
        return Read(reader, source);
    }

    internal static VariablePriors Read(TextReader reader, string source)
    {
        List<string>? header = null;
        var rows = new List<VariablePrior>();
        int line = 0;
        for (string? text; (text = reader.ReadLine()) is not null;)
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#')) continue;
            var fields = CsvLine.Split(text);
            if (header is null)
            {
                header = fields;
                continue;
            }
            rows.Add(Row(header, fields, source, line));
        }
        if (rows.Count == 0) throw Bad(source, line, "it holds no rows");
        return new VariablePriors(rows, source);
    }

    private static VariablePrior Row(List<string> header, List<string> fields, string source, int line)
    {
        if (fields.Count != header.Count) throw Bad(source, line, $"it has {fields.Count} fields but the header names {header.Count}");
        string Text(string column) => header.IndexOf(column) is var at and >= 0 ? fields[at] : throw Bad(source, line, $"the header lacks the column {column}");
        double Number(string column) =>
            double.TryParse(Text(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                ? v
                : throw Bad(source, line, $"column {column} is '{Text(column)}', not a number");
        int Count(string column) => Number(column) is var v and >= 0 && v == Math.Floor(v) ? (int)v : throw Bad(source, line, $"column {column} is '{Text(column)}', not a count");
        double[] Deciles(string name)
        {
            var d = Enumerable.Range(0, 11).Select(k => Number($"{name}_q{k * 10}")).ToArray();
            for (int k = 0; k < d.Length; k++)
                if (d[k] <= 0 || (k > 0 && d[k] < d[k - 1])) throw Bad(source, line, $"the {name} deciles are not positive and increasing");
            return d;
        }
        if (!Enum.TryParse<LightCurveClass>(Text("class"), out var kind) || int.TryParse(Text("class"), out _))
            throw Bad(source, line, $"column class is '{Text("class")}', not one of {string.Join(", ", Enum.GetNames<LightCurveClass>())}");
        return new VariablePrior(kind, Text("gcvs_types"), Count("count"), Count("with_period"), Number("log10_period_mean"),
            Number("log10_period_std"), Deciles("period"), Count("with_amplitude"), Deciles("amplitude"));
    }

    private static InvalidDataException Bad(string source, int line, string problem) => new($"{source}, line {line}: {problem}. {Fix}");

    public override string ToString() =>
        $"VariablePriors: {Rows.Count} classes ({string.Join(", ", Rows.Select(r => $"{r.Class} {r.WithPeriod}"))} with periods) from {Source}";
}
