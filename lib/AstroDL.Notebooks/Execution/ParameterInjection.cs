using System.Text;
using System.Text.RegularExpressions;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Execution;

/// <summary>
/// papermill's convention: overrides go into a new cell right after the cell tagged <c>parameters</c>,
/// as plain assignments so they replace the defaults declared there.
/// </summary>
public static partial class ParameterInjection
{
    /// <summary>The tag that marks the parameters cell.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag papermill gives the injected cell.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>Inserts the override cell; throws when there are overrides but no parameters cell.</summary>
    public static void Inject(Notebook notebook, string notebookName, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (parameters.Count == 0)
        {
            return;
        }

        var index = notebook.Cells.FindIndex(c => c.IsCode && c.Tags.Contains(ParametersTag));
        if (index < 0)
        {
            throw new InvalidOperationException(
                $"{notebookName}: --param was given but no code cell is tagged '{ParametersTag}'. " +
                "Add the tag to the cell that declares the parameters (cell metadata \"tags\": [\"parameters\"]).");
        }

        var source = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (!IsIdentifier(name))
            {
                throw new ArgumentException($"--param {name}={value}: '{name}' is not a C# variable name.");
            }

            source.Append(name).Append(" = ").Append(ToLiteral(value)).Append(";\n");
        }

        notebook.Cells.Insert(index + 1, NotebookCell.Code(source.ToString().TrimEnd('\n'), InjectedTag));
    }

    /// <summary>C# literal for a command-line value: numbers as is, true/false lowercase, anything else a string.</summary>
    public static string ToLiteral(string value)
    {
        if (bool.TryParse(value, out var flag))
        {
            return flag ? "true" : "false";
        }

        if (Number().IsMatch(value))
        {
            return value;
        }

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
