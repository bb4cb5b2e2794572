namespace AstroDL.Notebooks.Serialization;

/// <summary>How nbformat stores a MIME bundle value (VS Code's rules).</summary>
internal static class MimeTypes
{
    /// <summary>text/* values are line lists.</summary>
    public static bool IsText(string mime) => mime.StartsWith("text/", StringComparison.Ordinal);

    /// <summary>JSON values are stored as JSON, not as strings.</summary>
    public static bool IsJson(string mime) => mime.Contains("json", StringComparison.Ordinal);
}
