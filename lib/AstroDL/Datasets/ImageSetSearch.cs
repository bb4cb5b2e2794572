namespace AstroDL.Datasets;

/// <summary>
/// The folders an image set is looked for in, in the kit's order: an explicit path, ASTRODL_DATA, the repository's
/// data/, the system package's folder, earlier downloads; the offline sample comes separately, as the last resort.
/// </summary>
internal static class ImageSetSearch
{
    public static IReadOnlyList<DataCandidate> FullSet(ImageSetSpec spec, string? root, DataPlaces places)
    {
        var found = new List<DataCandidate>();
        if (root is not null)
        {
            var given = Path.GetFullPath(root);
            found.Add(new DataCandidate(given, "the given path"));
            found.AddRange(spec.FolderNames.Select(name => new DataCandidate(Path.Combine(given, name), "the given path")));
        }
        if (places.EnvironmentFolder is { } environment)
            found.AddRange(spec.FolderNames.Select(name => new DataCandidate(Path.Combine(environment, name), DataPlaces.EnvironmentVariable)));
        if (places.RepositoryData is { } data)
            found.AddRange(spec.FolderNames.Select(name => new DataCandidate(Path.Combine(data, name), "the repository's data/ folder")));
        if (places.SystemDatasets is { } system && spec.SystemFolder is { } folder)
            found.Add(new DataCandidate(Path.Combine(system, folder), $"the Debian package {spec.SystemPackage}"));
        found.Add(new DataCandidate(DownloadFolder(spec, null, places), "an earlier download"));
        return found.DistinctBy(c => Path.GetFullPath(c.Folder)).ToList();
    }

    /// <summary>Where the offline sample may be: under ASTRODL_DATA (a copy of data/) or in the repository's data/.</summary>
    public static IReadOnlyList<DataCandidate> Sample(ImageSetSpec spec, DataPlaces places) =>
        spec.SampleFolder is not { } sample
            ? []
            : new[] { places.EnvironmentFolder, places.RepositoryData }
                .OfType<string>()
                .Select(folder => new DataCandidate(Path.Combine(folder, sample), "the offline sample", IsSample: true))
                .ToList();

    /// <summary>Where a download goes: into the given path (as TorchSharp does), else into the kit's download folder.</summary>
    public static string DownloadFolder(ImageSetSpec spec, string? root, DataPlaces places) =>
        Path.GetFullPath(Path.Combine(root ?? places.DownloadFolder, spec.Key));
}
