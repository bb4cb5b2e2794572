using System.Globalization;

namespace AstroDL.Modules;

/// <summary>Python-style literals for module printouts, so they read like PyTorch's (1.0, True, (2, 3)).</summary>
internal static class Repr
{
    public static string Float(double value)
    {
        // Python writes exponents in lower case (1e-05), .NET in upper case (1E-05).
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
        return double.IsFinite(value) && !text.Contains('.') && !text.Contains('e') ? text + ".0" : text;
    }

    public static string Bool(bool value) => value ? "True" : "False";

    public static string Tuple(IReadOnlyList<long> values) =>
        values.Count == 1 ? $"({values[0]},)" : "(" + string.Join(", ", values) + ")";

    /// <summary>A per-dimension size as PyTorch shows what was passed: one number when all dimensions agree, else a tuple.</summary>
    public static string Sizes(IReadOnlyList<long> values) =>
        values.Count > 0 && values.All(v => v == values[0]) ? values[0].ToString(CultureInfo.InvariantCulture) : Tuple(values);
}
