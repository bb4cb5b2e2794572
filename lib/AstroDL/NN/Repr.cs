using System.Globalization;

namespace AstroDL.Modules;

/// <summary>Python-style literals for module printouts, so they read like PyTorch's (1.0, True, (2, 3)).</summary>
internal static class Repr
{
    public static string Float(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(value) && !text.Contains('.') && !text.Contains('E') ? text + ".0" : text;
    }

    public static string Bool(bool value) => value ? "True" : "False";

    public static string Tuple(IReadOnlyList<long> values) =>
        values.Count == 1 ? $"({values[0]},)" : "(" + string.Join(", ", values) + ")";

    /// <summary>A per-dimension size as PyTorch shows what was passed: one number when all dimensions agree, else a tuple.</summary>
    public static string Sizes(IReadOnlyList<long> values) =>
        values.Count > 0 && values.All(v => v == values[0]) ? values[0].ToString(CultureInfo.InvariantCulture) : Tuple(values);
}
