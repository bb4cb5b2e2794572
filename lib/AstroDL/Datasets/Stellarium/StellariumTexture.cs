namespace AstroDL.Datasets;

/// <summary>One image of Stellarium's nebula set, as textures.json lists it.</summary>
/// <param name="File">The PNG's file name, e.g. m51-vasey.png.</param>
/// <param name="Credit">Who made the image (the entry's short credit); empty where the entry gives none.</param>
/// <param name="CreditUrl">Where the image and its licence are described, or null.</param>
/// <param name="Footprint">Where the image lies on the sky.</param>
public sealed record StellariumTexture(string File, string Credit, string? CreditUrl, TextureFootprint Footprint);
