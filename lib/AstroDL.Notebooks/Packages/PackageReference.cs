using System.Text.RegularExpressions;

namespace AstroDL.Notebooks.Packages;

/// <summary>A <c>#r "nuget: Name, Version"</c> line of a cell. The runner needs exact versions: the same notebook must resolve the same package everywhere.</summary>
public sealed partial record PackageReference(string Name, string Version)
{
    /// <summary>
    /// Reads the directive text after <c>#r</c>; null when it is not a NuGet reference (a <c>#r "path.dll"</c> is
    /// left to Roslyn). A NuGet reference without an exact version is an error that says how to pin it.
    /// </summary>
    public static PackageReference? Parse(string directive)
    {
        var text = directive.Trim().Trim('"').Trim();
        if (!text.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = text["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
        var name = parts[0];
        if (name.Length == 0) throw new FormatException("#r \"nuget: ...\" names no package; write #r \"nuget: Name, 1.2.3\".");
        if (parts.Length < 2 || !ExactVersion().IsMatch(parts[1]))
        {
            throw new FormatException(
                $"#r \"nuget: {name}\" needs an exact version, e.g. #r \"nuget: {name}, 1.2.3\": a pinned version resolves the same " +
                "package in VS Code, in CI and offline.");
        }
        return new PackageReference(name, parts[1]);
    }

    [GeneratedRegex(@"^\d+(\.\d+){1,3}(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex ExactVersion();
}
