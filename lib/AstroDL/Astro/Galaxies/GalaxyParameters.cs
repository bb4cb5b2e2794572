namespace AstroDL.Astro.Galaxies;

/// <summary>
/// The truth behind one simulated image: its class label, the main component's Sérsic index, half-light radius
/// (pixels), axis ratio and position angle (radians), the total r-band flux in electrons, and the number of bands.
/// </summary>
public sealed record GalaxyParameters(int Label, double SersicIndex, double EffectiveRadius, double AxisRatio, double PositionAngle,
    double Flux, int Bands);
