using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Execution;

/// <summary>
/// papermill's convention: overrides go into a new cell right after the cell tagged <c>parameters</c>, as plain
/// assignments so they replace the defaults declared there. Each value is written as a literal of the type the
/// parameters cell gave the variable, so <c>--param epochs=3</c> is an int and <c>--param name=3</c> a string.
/// </summary>
public static partial class ParameterInjection
{
    /// <summary>The tag that marks the parameters cell.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag papermill gives the injected cell.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>The bool parameter that the fast setting (<c>course test</c>, <c>course run --fast</c>) sets to true.</summary>
    public const string FastParameter = "fast";

    /// <summary>
    /// Inserts the override cell; throws when there are overrides but no parameters cell, or an override names a
    /// variable the cell does not declare. With <paramref name="fast"/>, <c>fast = true</c> is added when the
    /// parameters cell declares <c>fast</c> (notebooks without it are taken to be fast already).
    /// </summary>
    public static void Inject(Notebook notebook, string notebookName, IReadOnlyList<KeyValuePair<string, string>> parameters, bool fast = false)
    {
        var index = notebook.Cells.FindIndex(c => c.IsCode && c.Tags.Contains(ParametersTag));
        var declared = index < 0 ? new Dictionary<string, string?>() : ParameterTypes.Of(notebook.Cells[index].Source);
        var overrides = parameters.ToList();
        if (fast && declared.ContainsKey(FastParameter) && overrides.All(p => p.Key != FastParameter))
        {
            overrides.Add(new(FastParameter, "true"));
        }

        if (overrides.Count == 0)
        {
            return;
        }

        if (index < 0)
        {
            throw new InvalidOperationException(
                $"{notebookName}: --param was given but no code cell is tagged '{ParametersTag}'. " +
                "Add the tag to the cell that declares the parameters (cell metadata \"tags\": [\"parameters\"]).");
        }

        var source = new StringBuilder();
        foreach (var (name, value) in overrides)
        {
            if (!IsIdentifier(name))
            {
                throw new ArgumentException($"--param {name}={value}: '{name}' is not a C# variable name.");
            }

            if (!declared.TryGetValue(name, out var type))
            {
                throw new ArgumentException(
                    $"--param {name}={value}: the parameters cell of {notebookName} declares no '{name}'; " +
                    $"it declares {(declared.Count == 0 ? "nothing" : string.Join(", ", declared.Keys))}.");
            }

            source.Append(name).Append(" = ").Append(type is null ? ToLiteral(value) : ToLiteral(value, type, name)).Append(";\n");
        }

        notebook.Cells.Insert(index + 1, NotebookCell.Code(source.ToString().TrimEnd('\n'), InjectedTag));
    }

    /// <summary>A literal of the given C# type (int, long, double, float, decimal, bool, string); throws when the text is not one.</summary>
    public static string ToLiteral(string value, string type, string name)
    {
        var invariant = CultureInfo.InvariantCulture;
        string? literal = type switch
        {
            "int" => int.TryParse(value, NumberStyles.Integer, invariant, out var i) ? i.ToString(invariant) : null,
            "long" => long.TryParse(value, NumberStyles.Integer, invariant, out var l) ? l.ToString(invariant) + "L" : null,
            "double" => double.TryParse(value, NumberStyles.Float, invariant, out var d) ? Real(d, d.ToString("R", invariant), "double") : null,
            "float" => float.TryParse(value, NumberStyles.Float, invariant, out var f) ? Real(f, f.ToString("R", invariant) + "f", "float") : null,
            "decimal" => decimal.TryParse(value, NumberStyles.Float, invariant, out var m) ? m.ToString(invariant) + "m" : null,
            "bool" => bool.TryParse(value, out var b) ? (b ? "true" : "false") : null,
            "string" => Quoted(value),
            _ => throw new ArgumentException($"--param {name}: unsupported parameter type '{type}'."),
        };
        return literal ?? throw new ArgumentException(
            $"--param {name}={value}: '{name}' is {(type is "int" ? "an" : "a")} {type} in the parameters cell, and '{value}' is not one.");
    }

    /// <summary>C# literal for a value of unknown type: numbers as is, true/false lowercase, anything else a string.</summary>
    public static string ToLiteral(string value)
    {
        if (bool.TryParse(value, out var flag))
        {
            return flag ? "true" : "false";
        }

        return Number().IsMatch(value) ? value : Quoted(value);
    }

    // NaN and infinities have no literal; the type's constants stand in.
    private static string Real(double value, string literal, string type) =>
        double.IsNaN(value) ? $"{type}.NaN"
        : double.IsPositiveInfinity(value) ? $"{type}.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? $"{type}.NegativeInfinity"
        : literal;

    private static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    // A C# numeric literal without suffix: 3, -2, 0.5, 1e-3 (not NaN or 1,5).
    [GeneratedRegex(@"^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex Number();

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
