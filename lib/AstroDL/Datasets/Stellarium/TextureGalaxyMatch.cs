using System.Text.RegularExpressions;

namespace AstroDL.Datasets;

/// <summary>
/// Which catalogue galaxy a Stellarium texture shows. Candidates are the galaxies whose position lies inside the
/// texture's footprint and whose major axis is between <see cref="MinSizeFraction"/> and <see cref="MaxSizeFraction"/> of
/// the footprint's width (smaller ones are background galaxies; larger ones mean the texture is a patch of a nearby galaxy,
/// e.g. a nebula in the LMC). The galaxy that the file name names (n891.png: NGC 891, m51-vasey.png: M 51, ic342.png:
/// IC 342, p33423.png: PGC 33423) wins when it is a candidate; else the largest candidate. A texture with no candidate
/// is not a galaxy (a nebula, a cluster).
/// </summary>
internal static partial class TextureGalaxyMatch
{
    public const double MinSizeFraction = 0.1;
    public const double MaxSizeFraction = 1.5;

    public static Galaxy? Find(StellariumTexture texture, IReadOnlyList<Galaxy> galaxies)
    {
        var footprint = texture.Footprint;
        // Declination alone rules out almost every galaxy before the projection.
        double reach = footprint.Width + footprint.Height;
        var candidates = galaxies.Where(g =>
            Math.Abs(g.Dec - footprint.Dec) <= reach
            && g.MajorAxis / 60 >= MinSizeFraction * footprint.Width
            && g.MajorAxis / 60 <= MaxSizeFraction * footprint.Width
            && footprint.Contains(g.Ra, g.Dec)).ToList();
        var named = NamedDesignation(texture.File);
        return candidates.FirstOrDefault(g => g.Id == named || g.Name == named) ?? candidates.MaxBy(g => g.MajorAxis);
    }

    /// <summary>The designation that a texture's file name starts with (m51-vasey.png: M 51), or null.</summary>
    internal static string? NamedDesignation(string file)
    {
        var match = DesignationPattern().Match(file);
        if (!match.Success) return null;
        var catalogue = match.Groups[1].Value.ToLowerInvariant() switch
        {
            "m" => "M",
            "n" or "ngc" => "NGC",
            "ic" => "IC",
            _ => "PGC",
        };
        return $"{catalogue} {int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)}";
    }

    [GeneratedRegex(@"^(m|ngc|n|ic|p)(\d+)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DesignationPattern();
}
