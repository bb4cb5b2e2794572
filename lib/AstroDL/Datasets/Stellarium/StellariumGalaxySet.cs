using AstroDL.Astro;
using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>
/// Stellarium's galaxy images as stamps: <see cref="Images"/> float32 [N, 3, size, size] in [0, 1], <see cref="Labels"/>
/// int64 [N] (the <see cref="GalaxyClass"/> index: elliptical 0, lenticular 1, spiral 2, irregular 3, as
/// <see cref="GalaxyCatalog.ClassIndices"/>), and for each image its file, galaxy and credit.
/// </summary>
public sealed class StellariumGalaxySet
{
    internal StellariumGalaxySet(Tensor images, IReadOnlyList<StellariumGalaxy> galaxies, string folder)
    {
        Images = images;
        Galaxies = galaxies;
        Labels = GalaxyCatalog.ClassIndices(galaxies.Select(g => g.Galaxy));
        Folder = folder;
    }

    public Tensor Images { get; }

    public Tensor Labels { get; }

    /// <summary>What each image shows, in the order of <see cref="Images"/>.</summary>
    public IReadOnlyList<StellariumGalaxy> Galaxies { get; }

    /// <summary>The class names, by label.</summary>
    public IReadOnlyList<string> Classes { get; } = Enum.GetNames<GalaxyClass>().Select(n => n.ToLowerInvariant()).ToList();

    /// <summary>The folder the textures were read from.</summary>
    public string Folder { get; }

    public int Count => Galaxies.Count;

    /// <summary>How many images each class has.</summary>
    public IReadOnlyDictionary<GalaxyClass, int> ClassCounts =>
        Enum.GetValues<GalaxyClass>().ToDictionary(c => c, c => Galaxies.Count(g => g.Class == c));

    public void Deconstruct(out Tensor images, out Tensor labels) => (images, labels) = (Images, Labels);

    public override string ToString() =>
        $"Stellarium galaxies: {Count} images {Images.ShapeText} " +
        $"({string.Join(", ", ClassCounts.Select(c => $"{c.Value} {c.Key.ToString().ToLowerInvariant()}"))}) from {Folder}";
}
