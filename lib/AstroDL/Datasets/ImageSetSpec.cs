namespace AstroDL.Datasets;

/// <summary>
/// What the kit knows about an MNIST-layout image set: its files and checksums, the folder names other tools give it,
/// where a system package installs it, its download mirrors and its offline sample, if any.
/// </summary>
/// <param name="Key">Folder and registry name, e.g. mnist.</param>
/// <param name="Title">The name people use, e.g. Fashion-MNIST.</param>
/// <param name="FolderNames">Sub-folders of a data folder that may hold the files: the kit's, torchvision's and TorchSharp's.</param>
/// <param name="SystemFolder">The folder under the system's data sets folder (/usr/share/datasets) a package installs, if any.</param>
/// <param name="SystemPackage">The Debian package that installs it there, if any.</param>
/// <param name="Files">Train images, train labels, test images, test labels of the full set.</param>
/// <param name="SampleFolder">The folder of the offline sample in data/, if there is one.</param>
/// <param name="SampleFiles">The sample's files, in the order of <paramref name="Files"/>.</param>
internal sealed record ImageSetSpec(
    string Key,
    string Title,
    string Description,
    string Licence,
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> FolderNames,
    string? SystemFolder,
    string? SystemPackage,
    IReadOnlyList<string> Mirrors,
    IReadOnlyList<KnownFile> Files,
    string? SampleFolder = null,
    IReadOnlyList<KnownFile>? SampleFiles = null)
{
    /// <summary>The image and label files of <paramref name="split"/> among <paramref name="files"/>.</summary>
    public static (KnownFile Images, KnownFile Labels) OfSplit(IReadOnlyList<KnownFile> files, Split split) =>
        split == Split.Train ? (files[0], files[1]) : (files[2], files[3]);

    /// <summary>How to get the full set, for messages; <paramref name="root"/> is the path a loader was given, where its download goes.</summary>
    public string HowToGet(DataPlaces places, string? root = null)
    {
        var ways = new List<string>();
        if (SystemPackage is not null)
            ways.Add($"install the Debian package: sudo apt-get install {SystemPackage} (it puts the files in {places.SystemDatasets ?? "/usr/share/datasets"}/{SystemFolder})");
        ways.Add($"download it (needs internet): course data fetch {Key} on the command line, or download: true in code; either saves it " +
                 $"in {ImageSetSearch.DownloadFolder(this, root, places)}");
        ways.Add($"or copy the files ({string.Join(", ", Files.Select(f => f.Name + ".gz"))}) into a folder {Key}/ inside " +
                 $"${DataPlaces.EnvironmentVariable} or the repository's data/ folder");
        return string.Join(Environment.NewLine, ways.Select(w => "  - " + w));
    }
}
