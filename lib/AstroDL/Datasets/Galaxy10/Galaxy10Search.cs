namespace AstroDL.Datasets;

/// <summary>
/// Where a Galaxy10 file is looked for, in the kit's order (the folders every data set uses, with the sub-folder galaxy10/),
/// and where a download of it goes.
/// </summary>
internal static class Galaxy10Search
{
    public static IReadOnlyList<Galaxy10Place> Places(Galaxy10Spec spec, string? path, DataPlaces places)
    {
        var found = new List<Galaxy10Place>();
        string? root = null;
        if (path is not null)
        {
            if (IsFolder(path)) root = path;
            else found.Add(new Galaxy10Place(Path.GetFullPath(path), "the given path"));
        }
        var folders = ImageSetSearch.Folders([Galaxy10.FolderName], null, ImageSetSearch.DownloadFolder(Galaxy10.FolderName, null, places), root, places);
        found.AddRange(folders.Select(c => new Galaxy10Place(Path.Combine(c.Folder, spec.FileName), c.Origin)));
        return found;
    }

    /// <summary>Where the set would load from without a path: the first place holding the file, else nowhere.</summary>
    public static DataSetLocation Locate(Galaxy10Spec spec, DataPlaces places) =>
        Places(spec, null, places).FirstOrDefault(p => File.Exists(p.File)) is { } found
            ? new DataSetLocation(DataSetStatus.Found, Path.GetDirectoryName(found.File), found.Source)
            : new DataSetLocation(DataSetStatus.Missing, null, null);

    /// <summary>The file a download writes: the given file path, else galaxy10/ in the given folder or in the kit's download folder.</summary>
    public static string DownloadTarget(Galaxy10Spec spec, string? path, DataPlaces places) =>
        path is not null && !IsFolder(path)
            ? Path.GetFullPath(path)
            : Path.Combine(ImageSetSearch.DownloadFolder(Galaxy10.FolderName, path, places), spec.FileName);

    /// <summary>A path names a folder when one is there, or when it has no extension (a folder a download will create).</summary>
    private static bool IsFolder(string path) => Directory.Exists(path) || !Path.HasExtension(path);
}
