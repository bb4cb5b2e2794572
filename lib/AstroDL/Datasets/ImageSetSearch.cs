namespace AstroDL.Datasets;

/// <summary>
/// The folders a data set is looked for in, in the kit's order: an explicit path, ASTRODL_DATA, the repository's
/// data/, the system package's folder, earlier downloads; an image set's offline sample comes separately, as the last resort.
/// </summary>
internal static class ImageSetSearch
{
    public static IReadOnlyList<DataCandidate> FullSet(ImageSetSpec spec, string? root, DataPlaces places) =>
        Folders(spec.FolderNames, spec.SystemFolder is { } folder ? (folder, spec.SystemPackage!) : null, DownloadFolder(spec, null, places), root, places);

    /// <summary>
    /// The folders any data set is looked for in: <paramref name="root"/> and its <paramref name="folderNames"/> sub-folders,
    /// the same sub-folders of ASTRODL_DATA and of the repository's data/, the system package's folder, and last
    /// <paramref name="downloadFolder"/> (earlier downloads).
    /// </summary>
    public static IReadOnlyList<DataCandidate> Folders(
        IReadOnlyList<string> folderNames, (string Folder, string Package)? system, string downloadFolder, string? root, DataPlaces places)
    {
        var found = new List<DataCandidate>();
        if (root is not null)
        {
            var given = Path.GetFullPath(root);
            found.Add(new DataCandidate(given, "the given path"));
            found.AddRange(folderNames.Select(name => new DataCandidate(Path.Combine(given, name), "the given path")));
        }
        if (places.EnvironmentFolder is { } environment)
            found.AddRange(folderNames.Select(name => new DataCandidate(Path.Combine(environment, name), DataPlaces.EnvironmentVariable)));
        if (places.RepositoryData is { } data)
            found.AddRange(folderNames.Select(name => new DataCandidate(Path.Combine(data, name), "the repository's data/ folder")));
        if (places.SystemDatasets is { } systemDatasets && system is { } package)
            found.Add(new DataCandidate(Path.Combine(systemDatasets, package.Folder), $"the Debian package {package.Package}"));
        found.Add(new DataCandidate(downloadFolder, "an earlier download"));
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
    public static string DownloadFolder(ImageSetSpec spec, string? root, DataPlaces places) => DownloadFolder(spec.Key, root, places);

    /// <summary>Where a download of the set stored in the folder <paramref name="folderName"/> goes.</summary>
    public static string DownloadFolder(string folderName, string? root, DataPlaces places) =>
        Path.GetFullPath(Path.Combine(root ?? places.DownloadFolder, folderName));
}
