namespace AstroDL.Datasets;

/// <summary>
/// What the kit knows about one published Galaxy10 file: its name, where it is published, its SHA-256, its size and
/// contents, and the class names by label.
/// </summary>
/// <param name="Key">Registry name, e.g. galaxy10-decals (both files live in the folder <see cref="Galaxy10.FolderName"/>).</param>
/// <param name="Mirrors">Addresses the file name is appended to, the canonical one first.</param>
/// <param name="Sha256">SHA-256 of the published file, lower case.</param>
/// <param name="Size">The published file's size, in words.</param>
/// <param name="Contents">How many images of what size, in words.</param>
internal sealed record Galaxy10Spec(
    Galaxy10Variant Variant,
    string Key,
    string Title,
    string Description,
    string Licence,
    string FileName,
    IReadOnlyList<string> Mirrors,
    string Sha256,
    string Size,
    string Contents,
    IReadOnlyList<string> Classes)
{
    /// <summary>How to get the file, for messages; <paramref name="target"/> is where a download goes.</summary>
    public string HowToGet(string target) =>
        string.Join(Environment.NewLine, new[]
        {
            $"download it (needs internet, {Size}): course data fetch {Key} on the command line, or download: true in code; either checks its " +
            $"SHA-256 and saves it as {target}",
            $"or download {Mirrors[0]}{FileName} with a browser and put it in a folder {Galaxy10.FolderName}/ inside ${DataPlaces.EnvironmentVariable} " +
            "or the repository's data/ folder, or pass its path to Galaxy10.Load",
        }.Select(way => "  - " + way));
}
