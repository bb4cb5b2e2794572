namespace AstroDL.Datasets;

/// <summary>
/// A data set the kit knows, as the `course data` and `course doctor` commands show it: what it is, whether and where
/// it is on this machine, how to get it, a check of its files and (where the kit can) a download.
/// Status and location are looked up anew on every call, so they follow ASTRODL_DATA and downloads.
/// </summary>
public abstract class DataSetInfo
{
    private readonly DataPlaces? places;

    private protected DataSetInfo(DataPlaces? places) => this.places = places;

    /// <summary>Short name, also its folder name: mnist, fashion-mnist, galaxies.</summary>
    public abstract string Name { get; }

    /// <summary>What it holds, in one line.</summary>
    public abstract string Description { get; }

    public abstract string Licence { get; }

    /// <summary>True when <see cref="Fetch"/> can download it.</summary>
    public abstract bool CanFetch { get; }

    /// <summary>True when the kit's notebooks run without it, so `course doctor` notes its absence rather than calling it a problem.</summary>
    public virtual bool IsOptional => false;

    public DataSetStatus Status => Locate().Status;

    /// <summary>The folder it would load from now (the sample's when <see cref="Status"/> is SampleOnly), or null.</summary>
    public string? Location => Locate().Folder;

    /// <summary>Status, folder and how it was found, from one look.</summary>
    public abstract DataSetLocation Locate();

    /// <summary>The ways to get the full set, one per line.</summary>
    public abstract string HowToGet { get; }

    /// <summary>Checks every file at <see cref="Location"/> (checksum, header, size); a missing set gives one "missing" result per file.</summary>
    public abstract IReadOnlyList<FileCheck> Verify();

    /// <summary>
    /// Downloads the files that are missing or damaged (checking each SHA-256 before keeping it) into the kit's download
    /// folder (ASTRODL_DATA, else the repository's data/, else a per-user folder) and returns that folder.
    /// Throws NotSupportedException when <see cref="CanFetch"/> is false, IOException when every mirror fails.
    /// </summary>
    public abstract string Fetch(IProgress<DownloadProgress>? progress = null);

    private protected DataPlaces Places => places ?? DataPlaces.Current();

    public override string ToString()
    {
        var where = Locate();
        return $"{Name}: {where.Status}{(where.Source is null ? "" : $" in {where.Source}")}";
    }
}
