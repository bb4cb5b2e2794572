namespace AstroDL.Datasets;

/// <summary>The registry's view of one Galaxy10 file: found or missing, checked by its published SHA-256, downloadable.</summary>
internal sealed class Galaxy10Info(Galaxy10Spec spec, DataPlaces? places, Func<Downloader> downloader) : DataSetInfo(places)
{
    public override string Name => spec.Key;

    public override string Description => $"{spec.Title}: {spec.Description}";

    public override string Licence => spec.Licence;

    public override bool CanFetch => true;

    /// <summary>The notebooks train on the kit's galaxy simulator by default; Galaxy10 is the real data to try them on.</summary>
    public override bool IsOptional => true;

    public override string HowToGet => spec.HowToGet(Galaxy10Search.DownloadTarget(spec, null, Places));

    public override DataSetLocation Locate() => Galaxy10Search.Locate(spec, Places);

    public override IReadOnlyList<FileCheck> Verify() => [Check(CurrentFile())];

    public override string Fetch(IProgress<DownloadProgress>? progress = null)
    {
        var target = Galaxy10Search.DownloadTarget(spec, null, Places);
        if (!Check(target).Ok)
        {
            using var client = downloader();
            client.Fetch(spec.FileName, [spec.Sha256], spec.Mirrors, Path.GetDirectoryName(target)!, progress);
        }
        return Path.GetDirectoryName(target)!;
    }

    /// <summary>The file the loader would read now, else where a download would put it.</summary>
    private string CurrentFile() =>
        Locate() is { Folder: { } folder }
            ? Path.Combine(folder, spec.FileName)
            : Galaxy10Search.DownloadTarget(spec, null, Places);

    private FileCheck Check(string path)
    {
        if (!File.Exists(path)) return new FileCheck(path, false, "missing");
        var hash = FileSha256.Of(path);
        return hash == spec.Sha256
            ? new FileCheck(path, true, "SHA-256 matches the published file")
            : new FileCheck(path, false, $"SHA-256 is {hash}, not the published {spec.Sha256}: the file is damaged, truncated or not " +
                                         $"{spec.Title}'s {spec.FileName}; delete it and download it again (course data fetch {spec.Key})");
    }
}
