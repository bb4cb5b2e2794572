using System.Globalization;
using AstroDL.Astro;

namespace AstroDL.Datasets;

/// <summary>
/// Reads the galaxy table's CSV: a header naming the columns (in any order), then one galaxy per line. Any value that
/// does not parse is an error naming the file, the line and the column.
/// </summary>
internal static class GalaxyTableReader
{
    private static readonly string[] Columns =
        ["id", "name", "ra_deg", "dec_deg", "type", "class", "hubble", "major_arcmin", "minor_arcmin", "axis_ratio", "mag", "bv"];

    public static List<Galaxy> Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine() is { } first ? CsvLine.Split(first) : [];
        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            throw Bad(path, 1, $"the header lacks the column(s) {string.Join(", ", missing)}");
        var at = Columns.ToDictionary(c => c, c => header.IndexOf(c));
        var rows = new List<Galaxy>();
        int line = 1;
        for (string? text; (text = reader.ReadLine()) is not null;)
        {
            line++;
            if (text.Length == 0) continue;
            var fields = CsvLine.Split(text);
            if (fields.Count != header.Count)
                throw Bad(path, line, $"it has {fields.Count} fields but the header names {header.Count}");
            string Text(string column) => fields[at[column]];
            double? Optional(string column) => Text(column).Length == 0 ? null : Number(path, line, column, Text(column));
            double Required(string column) => Optional(column) ?? throw Bad(path, line, $"column {column} is empty");
            rows.Add(new Galaxy(
                Text("id"), Text("name"), Required("ra_deg"), Required("dec_deg"), Text("type"), Class(path, line, Text("class")),
                Text("hubble"), Required("major_arcmin"), Required("minor_arcmin"), Required("axis_ratio"), Optional("mag"), Optional("bv")));
        }
        return rows;
    }

    private static double Number(string path, int line, string column, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(path, line, $"column {column} is '{text}', not a number");

    private static GalaxyClass Class(string path, int line, string text) =>
        Enum.TryParse<GalaxyClass>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)
            ? value
            : throw Bad(path, line, $"column class is '{text}', not elliptical, lenticular, spiral or irregular");

    private static InvalidDataException Bad(string path, int line, string problem) =>
        new($"{path}, line {line}: {problem}. The table is damaged: restore it (git checkout -- data/galaxies/galaxies.csv) " +
            "or rebuild it with data/scripts/make_galaxy_table.py.");
}
