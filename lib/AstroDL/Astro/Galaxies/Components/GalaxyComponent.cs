namespace AstroDL.Astro.Galaxies;

/// <summary>
/// One light component of a model galaxy: its r-band flux in electrons (before the PSF), its colour, and how it adds
/// its light to a plane.
/// </summary>
public abstract record GalaxyComponent(double Flux, BandColour Colour)
{
    /// <summary>Adds the component's r-band light (total <see cref="Flux"/> over the whole sky) to a size × size plane.</summary>
    internal abstract void Draw(float[] plane, int size);

    /// <summary>Whether the component is a point source, drawn with the PSF itself instead of being convolved.</summary>
    internal virtual bool IsPointSource => false;

    internal void CheckFlux(string component)
    {
        if (!(Flux >= 0 && double.IsFinite(Flux)))
            throw new ArgumentException($"{component}: flux {Flux} must be finite and ≥ 0 electrons.", nameof(Flux));
    }

    internal static void CheckPositive(double value, string name, string component)
    {
        if (!(value > 0 && double.IsFinite(value)))
            throw new ArgumentException($"{component}: {name} = {value} must be finite and > 0 pixels.", name);
    }
}
