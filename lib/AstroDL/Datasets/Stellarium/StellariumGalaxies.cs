using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>
/// About 190 real galaxy images, the nebula textures of the planetarium Stellarium that Debian's stellarium-data package
/// installs, each matched to the kit's galaxy table for its class: lecture 5's sim-to-real test set. The licences of the
/// images are mixed (see each one's credit), so the kit ships none and reads them from the installed package.
/// <c>var (images, labels) = StellariumGalaxies.Load(size: 64);   // float32 [N, 3, 64, 64], int64 [N]</c>
/// </summary>
public static class StellariumGalaxies
{
    /// <summary>The Debian package that installs the images.</summary>
    public const string Package = "stellarium-data";

    /// <summary>Where Debian's stellarium-data package puts the nebula textures.</summary>
    public const string SystemFolder = "/usr/share/stellarium/nebulae/default";

    public const string IndexFileName = "textures.json";

    /// <summary>
    /// The textures that show a galaxy of <paramref name="catalog"/> (default: the kit's galaxy table), with their stamps
    /// float32 [N, 3, size, size] in [0, 1] cut around the galaxy and resized by area averaging. <paramref name="folder"/>
    /// is a copy of nebulae/default (or its textures.json); by default the installed package's.
    /// </summary>
    public static StellariumGalaxySet Load(int size = 64, string? folder = null, GalaxyCatalog? catalog = null)
    {
        if (size < 1) throw new ArgumentException($"StellariumGalaxies.Load: size {size} must be at least 1 pixel.", nameof(size));
        var index = IndexPath(folder);
        var galaxies = Find(index, catalog);
        var dir = Path.GetDirectoryName(index)!;
        int stamp = 3 * size * size;
        var values = new float[galaxies.Count * stamp];
        for (int i = 0; i < galaxies.Count; i++)
        {
            var image = TextureImage.Read(Path.Combine(dir, galaxies[i].File));
            // Texture v runs up from the image's bottom row; the galaxy table's position is always inside (see Find).
            var (u, v) = galaxies[i].Texture.Footprint.Locate(galaxies[i].Galaxy.Ra, galaxies[i].Galaxy.Dec)!.Value;
            TextureStamp.Cut(image, u * image.Width, (1 - v) * image.Height, size, values.AsSpan(i * stamp, stamp));
        }
        return new StellariumGalaxySet(tensor(values, [galaxies.Count, 3, size, size]), galaxies, dir);
    }

    /// <summary>The textures that show a galaxy of <paramref name="catalog"/> (default: the kit's galaxy table), without pixels.</summary>
    public static IReadOnlyList<StellariumGalaxy> Find(string? folder = null, GalaxyCatalog? catalog = null)
    {
        var rows = (catalog ?? GalaxyCatalog.Load()).Rows;
        return Textures(folder)
            .Select(t => TextureGalaxyMatch.Find(t, rows) is { } galaxy ? new StellariumGalaxy(t, galaxy) : null)
            .OfType<StellariumGalaxy>()
            .ToList();
    }

    /// <summary>Every texture textures.json lists (galaxies, nebulae and clusters), in the file's order.</summary>
    public static IReadOnlyList<StellariumTexture> Textures(string? folder = null)
    {
        var index = IndexPath(folder);
        if (!File.Exists(index))
            throw new FileNotFoundException(
                $"Stellarium's nebula images were not found: {index} does not exist. They come with Debian's {Package} package " +
                $"(about 246 MB to download): sudo apt-get install {Package} (or environment/setup-debian.sh), or pass the folder " +
                $"of a copy of Stellarium's nebulae/default with its {IndexFileName}.",
                index);
        return TexturesJsonReader.Read(index);
    }

    internal static string IndexPath(string? folder) =>
        folder is null ? Path.Combine(SystemFolder, IndexFileName)
        : Directory.Exists(folder) ? Path.Combine(Path.GetFullPath(folder), IndexFileName)
        : Path.GetFullPath(folder);
}
