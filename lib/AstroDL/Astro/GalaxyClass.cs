namespace AstroDL.Astro;

/// <summary>Broad Hubble classes, in the order of the Hubble sequence.</summary>
public enum GalaxyClass
{
    Elliptical,
    Lenticular,
    Spiral,
    Irregular,
}
