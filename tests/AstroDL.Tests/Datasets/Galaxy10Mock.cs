using System.Text.Json;
using AstroDL.Datasets;
using AstroDL.Tests.Serialization;

namespace AstroDL.Tests.Datasets;

/// <summary>
/// The mock Galaxy10 files that Fixtures/make_galaxy10_fixtures.py wrote with h5py, the values it wrote beside them
/// (galaxy10_mock.json), and specs that publish the mocks' checksums on a fake mirror.
/// </summary>
internal static class Galaxy10Mock
{
    public const string Mirror = "https://mirror.test/galaxy10/";

    public static string File(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "galaxy10", name);

    public static string Decals => File("galaxy10_decals_mock.h5");

    public static string Sdss => File("galaxy10_sdss_mock.h5");

    /// <summary>The expected values of "decals" or "sdss".</summary>
    public static JsonElement Expected(string variant)
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(File("galaxy10_mock.json")));
        return doc.RootElement.GetProperty(variant).Clone();
    }

    /// <summary><paramref name="spec"/> as if <paramref name="mock"/> were the published file, served by <see cref="Mirror"/>.</summary>
    public static Galaxy10Spec Publishing(Galaxy10Spec spec, string mock) =>
        spec with { Sha256 = KnownFile.Sha256(System.IO.File.ReadAllBytes(mock)), Mirrors = [Mirror] };

    /// <summary>ASTRODL_DATA and the download folder inside <paramref name="root"/>; no repository data/ folder.</summary>
    public static DataPlaces Places(TempFolder root) => new(root.File("environment"), null, null, root.File("environment"));

    /// <summary>Copies <paramref name="mock"/> to where the loader looks for <paramref name="spec"/>'s file under <paramref name="folder"/>.</summary>
    public static string Install(Galaxy10Spec spec, string mock, string folder)
    {
        var target = Path.Combine(folder, Galaxy10.FolderName, spec.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        System.IO.File.Copy(mock, target);
        return target;
    }
}
