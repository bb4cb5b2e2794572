namespace AstroDL.Datasets;

/// <summary>
/// Loads a split of an image set in the kit's order: an explicit path, ASTRODL_DATA, the repository's data/, the
/// system package, an earlier download, a new download (only when asked for), and last the offline sample, with a
/// notice that says so. When nothing is found the error lists where it looked and how to get the set.
/// </summary>
internal static class ImageSetLoader
{
    public static LabeledImages Load(ImageSetSpec spec, Split split, string? root, bool download, DataPlaces places, Func<Downloader> downloader)
    {
        var searched = ImageSetSearch.FullSet(spec, root, places);
        var downloadFolder = ImageSetSearch.DownloadFolder(spec, root, places);
        if (FirstWithFiles(spec, searched) is { } found)
        {
            if (found.Holds(spec.Files)) return ImageSetReader.Read(spec, found, split);
            // A download fills in what an earlier one left out; any other incomplete folder is the user's to fix.
            if (!(download && SameFolder(found.Folder, downloadFolder))) throw new FileNotFoundException(Incomplete(spec, found, places, root));
        }

        string? downloadFailure = null;
        if (download)
        {
            try
            {
                using (var client = downloader()) Fetch(spec, downloadFolder, null, client);
                return ImageSetReader.Read(spec, new DataCandidate(downloadFolder, "a download"), split);
            }
            catch (IOException e)
            {
                downloadFailure = e.Message;
            }
        }

        var samples = ImageSetSearch.Sample(spec, places);
        if (spec.SampleFiles is { } sampleFiles)
        {
            var (sampleImages, sampleLabels) = ImageSetSpec.OfSplit(sampleFiles, split);
            if (samples.FirstOrDefault(c => c.Holds([sampleImages, sampleLabels])) is { } sample)
            {
                DataNotice.Once($"{spec.Title} sample", SampleNotice(spec, sample, places, root, downloadFailure));
                return ImageSetReader.Read(spec, sample, split);
            }
        }
        throw new FileNotFoundException(NotFound(spec, searched.Concat(samples), places, root, downloadFailure));
    }

    /// <summary>
    /// Where the set would load from without an explicit path, by the loader's rule: the first folder with any of the
    /// set's files (found, or incomplete), else the sample, else nowhere.
    /// </summary>
    public static DataSetLocation Locate(ImageSetSpec spec, DataPlaces places)
    {
        if (FirstWithFiles(spec, ImageSetSearch.FullSet(spec, null, places)) is { } full)
            return new DataSetLocation(full.Holds(spec.Files) ? DataSetStatus.Found : DataSetStatus.Incomplete, full.Folder, full.Source);
        if (spec.SampleFiles is { } sampleFiles && ImageSetSearch.Sample(spec, places).FirstOrDefault(c => c.Holds(sampleFiles)) is { } sample)
            return new DataSetLocation(DataSetStatus.SampleOnly, sample.Folder, sample.Source);
        return new DataSetLocation(DataSetStatus.Missing, null, null);
    }

    /// <summary>The first folder, in search order, that holds any file of the full set.</summary>
    private static DataCandidate? FirstWithFiles(ImageSetSpec spec, IEnumerable<DataCandidate> searched) =>
        searched.FirstOrDefault(c => c.HoldsAny(spec.Files));

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar),
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string Incomplete(ImageSetSpec spec, DataCandidate found, DataPlaces places, string? root) =>
        $"{spec.Title}: {found.Folder} ({found.Origin}) holds only part of the set; missing: " +
        string.Join(", ", found.Lacks(spec.Files).Select(f => f.Name + "(.gz)")) + ". The kit does not mix a full split with the " +
        $"offline sample's other one. Copy the missing files there, or move the folder away to use the sample. To get the full set:" +
        Environment.NewLine + spec.HowToGet(places, root);

    /// <summary>Downloads every file of the full set that <paramref name="folder"/> lacks or holds damaged.</summary>
    public static void Fetch(ImageSetSpec spec, string folder, IProgress<DownloadProgress>? progress, Downloader downloader)
    {
        var checks = ImageSetReader.Verify(spec, new DataCandidate(folder, "a download"));
        for (int i = 0; i < spec.Files.Count; i++)
        {
            if (!checks[i].Ok) downloader.Fetch(spec.Files[i], spec.Mirrors, folder, progress);
        }
    }

    private static string SampleNotice(ImageSetSpec spec, DataCandidate sample, DataPlaces places, string? root, string? downloadFailure)
    {
        var (images, _) = ImageSetSpec.OfSplit(spec.SampleFiles!, Split.Train);
        var (testImages, _) = ImageSetSpec.OfSplit(spec.SampleFiles!, Split.Test);
        var why = downloadFailure is null ? "was not found" : $"could not be downloaded ({downloadFailure})";
        return $"{spec.Title}: the full set {why}, so the offline sample in {sample.Folder} is used: {images.Count:N0} training and " +
               $"{testImages.Count:N0} test images, not the full {spec.Files[0].Count:N0} and {spec.Files[2].Count:N0}. To get the full set:" +
               Environment.NewLine + spec.HowToGet(places, root);
    }

    /// <summary>
    /// The places of the kit's order that were not searched because they do not exist here, so that a user outside
    /// the repository learns where the shipped data lies and how to point at it.
    /// </summary>
    private static string NotSearched(DataPlaces places)
    {
        var lines = new List<string>();
        if (places.EnvironmentFolder is null) lines.Add($"  - not ${DataPlaces.EnvironmentVariable}: it is not set");
        if (places.RepositoryData is null)
        {
            lines.Add($"  - not the course repository's data/ folder (which holds the offline samples): neither {Environment.CurrentDirectory} " +
                      $"nor the kit's library is inside the repository; run from inside it, or set {DataPlaces.EnvironmentVariable} to its data/ folder");
        }
        return string.Concat(lines.Select(line => line + Environment.NewLine));
    }

    private static string NotFound(ImageSetSpec spec, IEnumerable<DataCandidate> searched, DataPlaces places, string? root, string? downloadFailure) =>
        $"{spec.Title} was not found. Looked in:{Environment.NewLine}" +
        string.Join(Environment.NewLine, searched.Select(c => $"  - {c.Folder} ({c.Origin})")) + Environment.NewLine +
        NotSearched(places) +
        (downloadFailure is null ? "" : $"The download failed: {downloadFailure}{Environment.NewLine}") +
        "To get it:" + Environment.NewLine + spec.HowToGet(places, root);
}
