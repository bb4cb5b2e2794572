namespace AstroDL.Datasets;

/// <summary>
/// The registry's view of a set that a Debian package installs (M51 from iraf, the Stellarium galaxy images): found in
/// its system folder or missing, never downloaded. The notebooks skip what needs it, with a notice, so it is optional.
/// </summary>
internal sealed class InstalledSetInfo(string name, string description, string licence, string package, string folder,
    Func<string, IReadOnlyList<FileCheck>> verify) : DataSetInfo(null)
{
    public override string Name => name;

    public override string Description => description;

    public override string Licence => licence;

    public override bool CanFetch => false;

    public override bool IsOptional => true;

    public override string HowToGet =>
        $"  - sudo apt-get install {package} (Debian, Ubuntu), or environment/setup-debian.sh; it installs {folder}";

    public override DataSetLocation Locate() =>
        Directory.Exists(folder)
            ? new DataSetLocation(DataSetStatus.Found, folder, $"Debian's {package} package")
            : new DataSetLocation(DataSetStatus.Missing, null, null);

    public override IReadOnlyList<FileCheck> Verify() =>
        Directory.Exists(folder) ? verify(folder) : [new FileCheck(folder, false, $"missing: sudo apt-get install {package}")];

    public override string Fetch(IProgress<DownloadProgress>? progress = null) =>
        throw new NotSupportedException($"{name} comes with a Debian package, not a download; to get it:{Environment.NewLine}{HowToGet}");

    /// <summary>M51 from iraf: the header and the pixel file, whose SHA-256 is that of Debian's iraf 2.17.</summary>
    public static InstalledSetInfo M51Image(string folder = Datasets.M51.SystemFolder) => new(
        "m51", "M51, the Whirlpool galaxy: IRAF's 512x512 B-band test image dev$pix (KPNO 1987), for the convolution lecture",
        "part of IRAF (NOAO); see /usr/share/doc/iraf/copyright", Datasets.M51.Package, folder, found =>
        {
            var header = Path.Combine(found, Datasets.M51.HeaderFileName);
            var pixels = Path.Combine(found, "pix.pix");
            if (!File.Exists(header) || !File.Exists(pixels))
                return [new FileCheck(File.Exists(header) ? pixels : header, false, $"missing: reinstall with sudo apt-get install --reinstall {Datasets.M51.Package}")];
            var hash = KnownFile.Sha256(File.ReadAllBytes(pixels));
            return hash == Datasets.M51.PixelSha256
                ? [new FileCheck(pixels, true, "SHA-256 matches Debian's iraf 2.17")]
                : [new FileCheck(pixels, false, $"SHA-256 is {hash}, not that of Debian's iraf 2.17; reinstall with sudo apt-get install --reinstall {Datasets.M51.Package}")];
        });

    /// <summary>The Stellarium galaxy images: the texture index must parse and every texture it lists must be there.</summary>
    public static InstalledSetInfo StellariumImages(string folder = StellariumGalaxies.SystemFolder) => new(
        "stellarium-galaxies", "real galaxy photographs among Stellarium's nebula textures, labelled from the galaxy table, for lecture 5's sim-to-real test",
        "mixed, per image (credits in textures.json; see /usr/share/doc/stellarium-data/copyright); the kit ships none",
        StellariumGalaxies.Package, folder, found =>
        {
            IReadOnlyList<StellariumTexture> textures;
            try
            {
                textures = StellariumGalaxies.Textures(found);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                return [new FileCheck(StellariumGalaxies.IndexPath(found), false, e.Message)];
            }
            var missing = textures.Select(t => t.File).Where(f => !File.Exists(Path.Combine(found, f))).ToList();
            return
            [
                new FileCheck(StellariumGalaxies.IndexPath(found), true, $"lists {textures.Count} textures"),
                new FileCheck(found, missing.Count == 0, missing.Count == 0
                    ? "every listed texture is there"
                    : $"{missing.Count} listed textures are missing ({string.Join(", ", missing.Take(3))}{(missing.Count > 3 ? ", ..." : "")}); " +
                      $"reinstall with sudo apt-get install --reinstall {StellariumGalaxies.Package}"),
            ];
        });
}
