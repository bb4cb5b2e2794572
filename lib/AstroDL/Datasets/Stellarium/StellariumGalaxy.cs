using AstroDL.Astro;

namespace AstroDL.Datasets;

/// <summary>A Stellarium texture that shows a galaxy of the kit's galaxy table, with that galaxy's class.</summary>
public sealed record StellariumGalaxy(StellariumTexture Texture, Galaxy Galaxy)
{
    /// <summary>The PNG's file name, e.g. m51-vasey.png.</summary>
    public string File => Texture.File;

    /// <summary>The galaxy's common designation in the table, e.g. M 51.</summary>
    public string Name => Galaxy.Name;

    public GalaxyClass Class => Galaxy.Class;

    /// <summary>The Hubble type as the catalogue gives it, e.g. SA(s)bc pec; may be empty.</summary>
    public string HubbleType => Galaxy.HubbleType;

    /// <summary>The image's credit as textures.json gives it.</summary>
    public string Credit => Texture.Credit;

    /// <summary>Where the image and its licence are described, or null.</summary>
    public string? CreditUrl => Texture.CreditUrl;

    public override string ToString() =>
        $"{File}: {Name} ({Class.ToString().ToLowerInvariant()}{(HubbleType.Length > 0 ? ", " + HubbleType : "")}), image {Credit}";
}
