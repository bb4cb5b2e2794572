namespace AstroDL.Datasets;

/// <summary>
/// Galaxy10 (Leung and Bovy, with labels from Galaxy Zoo volunteers): colour galaxy images in ten morphology classes,
/// published on Zenodo as HDF5 files and read here with PureHDF. The DECaLS file is 2.54 GB, so a notebook can read
/// just a block of it: <c>var (images, labels) = Galaxy10.Load(Galaxy10Variant.Decals, limit: 2000);</c>
/// </summary>
public static class Galaxy10
{
    /// <summary>The folder, under ASTRODL_DATA, data/ or the download folder, that holds both files.</summary>
    public const string FolderName = "galaxy10";

    internal static readonly Galaxy10Spec Decals = new(
        Galaxy10Variant.Decals,
        Key: "galaxy10-decals",
        Title: "Galaxy10 DECaLS",
        Description: "17,736 colour galaxy images, 256x256 (g, r, z) from the DESI Legacy Imaging Surveys, 10 Galaxy Zoo classes, with ra, dec, redshift",
        Licence: "see Zenodo record 10845026 (likely CC BY 4.0); credit Galaxy Zoo and the Legacy Surveys",
        FileName: "Galaxy10_DECals.h5",
        Mirrors: ["https://zenodo.org/records/10845026/files/", "https://www.astro.utoronto.ca/~hleung/shared/Galaxy10/"],
        Sha256: "19aefc477c41bb7f77ff07599a6b82a038dc042f889a111b0d4d98bb755c1571",
        Size: "2.54 GB",
        Contents: "17,736 images of 256×256×3",
        Classes:
        [
            "Disturbed", "Merging", "Round Smooth", "In-between Round Smooth", "Cigar Shaped Smooth", "Barred Spiral",
            "Unbarred Tight Spiral", "Unbarred Loose Spiral", "Edge-on without Bulge", "Edge-on with Bulge",
        ]);

    internal static readonly Galaxy10Spec Sdss = new(
        Galaxy10Variant.Sdss,
        Key: "galaxy10-sdss",
        Title: "Galaxy10 SDSS",
        Description: "21,785 colour galaxy images, 69x69 (g, r, i) from the Sloan Digital Sky Survey, 10 Galaxy Zoo classes",
        Licence: "see Zenodo record 10844811 (likely CC BY 4.0); credit Galaxy Zoo and SDSS",
        FileName: "Galaxy10.h5",
        Mirrors: ["https://zenodo.org/records/10844811/files/"],
        Sha256: "969a6b1cefcc36e09fffa86febd2f699a4aa19b837ba0427f01b0bc6ded458af",
        Size: "210,234,548 bytes",
        Contents: "21,785 images of 69×69×3",
        Classes:
        [
            "Disk, Face-on, No Spiral", "Smooth, Completely round", "Smooth, in-between round", "Smooth, Cigar shaped",
            "Disk, Edge-on, Rounded Bulge", "Disk, Edge-on, Boxy Bulge", "Disk, Edge-on, No Bulge", "Disk, Face-on, Tight Spiral",
            "Disk, Face-on, Medium Spiral", "Disk, Face-on, Loose Spiral",
        ]);

    /// <summary>The class names of <paramref name="variant"/>, by label (the two files number their classes differently).</summary>
    public static IReadOnlyList<string> Classes(Galaxy10Variant variant = Galaxy10Variant.Decals) => SpecOf(variant).Classes;

    /// <summary>
    /// Reads images <paramref name="start"/> to <paramref name="start"/> + <paramref name="limit"/> (default: to the end) of
    /// the file: images float32 [N, 3, H, W] in [0, 1], labels int64 [N], and for DECaLS ra, dec, redshift and pixel scale.
    /// Only that block is read and decompressed. Looks for the file at <paramref name="path"/> (the file, or a folder holding
    /// it or a galaxy10/ sub-folder), then in ASTRODL_DATA/galaxy10/, the repository's data/galaxy10/ and earlier downloads;
    /// downloads it (checking its SHA-256) when <paramref name="download"/> is true.
    /// </summary>
    public static Galaxy10Images Load(
        Galaxy10Variant variant = Galaxy10Variant.Decals, string? path = null, bool download = false, int? limit = null, int start = 0) =>
        Load(SpecOf(variant), path, download, limit, start, DataPlaces.Current(), () => new Downloader());

    internal static Galaxy10Images Load(
        Galaxy10Spec spec, string? path, bool download, int? limit, int start, DataPlaces places, Func<Downloader> downloader)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start), start, $"{spec.Title}: start is an image index, 0 or more.");
        if (limit <= 0) throw new ArgumentOutOfRangeException(nameof(limit), limit, $"{spec.Title}: limit is a number of images, 1 or more.");
        var searched = Galaxy10Search.Places(spec, path, places);
        if (searched.FirstOrDefault(p => File.Exists(p.File)) is { } found)
            return Galaxy10File.Read(spec, found, start, limit);

        var target = Galaxy10Search.DownloadTarget(spec, path, places);
        string? downloadFailure = null;
        if (download)
        {
            try
            {
                using var client = downloader();
                client.Fetch(Path.GetFileName(target), [spec.Sha256], spec.Mirrors, Path.GetDirectoryName(target)!, null);
                return Galaxy10File.Read(spec, new Galaxy10Place(target, "a download"), start, limit);
            }
            catch (IOException e)
            {
                downloadFailure = e.Message;
            }
        }
        throw new FileNotFoundException(
            $"{spec.Title} ({spec.FileName}, {spec.Size}) was not found. Looked for:{Environment.NewLine}" +
            string.Join(Environment.NewLine, searched.Select(p => $"  - {p.File} ({p.Origin})")) + Environment.NewLine +
            (downloadFailure is null ? "" : $"The download failed: {downloadFailure}{Environment.NewLine}") +
            "To get it:" + Environment.NewLine + spec.HowToGet(target));
    }

    internal static Galaxy10Spec SpecOf(Galaxy10Variant variant) => variant switch
    {
        Galaxy10Variant.Decals => Decals,
        Galaxy10Variant.Sdss => Sdss,
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Galaxy10 has the variants Decals and Sdss."),
    };
}
