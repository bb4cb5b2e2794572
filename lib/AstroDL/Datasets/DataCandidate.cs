namespace AstroDL.Datasets;

/// <summary>A folder that may hold a data set, and how it was found (for messages and <see cref="LabeledImages.Source"/>).</summary>
internal sealed record DataCandidate(string Folder, string Origin, bool IsSample = false)
{
    public string Source => $"{Origin} ({Folder})";

    /// <summary>The path of <paramref name="name"/> in this folder, gzip form first, or null when neither form is there.</summary>
    public string? Find(string name) =>
        new[] { name + ".gz", name }.Select(n => Path.Combine(Folder, n)).FirstOrDefault(File.Exists);

    /// <summary>True when every one of <paramref name="files"/> is here.</summary>
    public bool Holds(IEnumerable<KnownFile> files) => files.All(f => Find(f.Name) is not null);

    /// <summary>The ones of <paramref name="files"/> that are not here.</summary>
    public IReadOnlyList<KnownFile> Lacks(IEnumerable<KnownFile> files) => files.Where(f => Find(f.Name) is null).ToList();

    /// <summary>True when at least one of <paramref name="files"/> is here.</summary>
    public bool HoldsAny(IEnumerable<KnownFile> files) => files.Any(f => Find(f.Name) is not null);
}
