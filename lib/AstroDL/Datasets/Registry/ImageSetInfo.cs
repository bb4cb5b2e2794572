namespace AstroDL.Datasets;

/// <summary>The registry's view of an MNIST-layout image set.</summary>
internal sealed class ImageSetInfo(ImageSetSpec spec, DataPlaces? places, Func<Downloader> downloader) : DataSetInfo(places)
{
    public override string Name => spec.Key;

    public override string Description => $"{spec.Title}: {spec.Description}";

    public override string Licence => spec.Licence;

    public override bool CanFetch => true;

    public override string HowToGet => spec.HowToGet(Places);

    public override DataSetLocation Locate() => ImageSetLoader.Locate(spec, Places);

    public override IReadOnlyList<FileCheck> Verify()
    {
        var where = Locate();
        var folder = where.Folder ?? ImageSetSearch.DownloadFolder(spec, null, Places);
        return ImageSetReader.Verify(spec, new DataCandidate(folder, where.Source ?? "", IsSample: where.Status == DataSetStatus.SampleOnly));
    }

    public override string Fetch(IProgress<DownloadProgress>? progress = null)
    {
        var folder = ImageSetSearch.DownloadFolder(spec, null, Places);
        using var client = downloader();
        ImageSetLoader.Fetch(spec, folder, progress, client);
        return folder;
    }
}
