namespace AstroDL.Astro.Galaxies;

/// <summary>A star (or an unresolved nucleus): all its flux in the PSF, centred at the offset (X, Y) in pixels.</summary>
public sealed record PointSourceComponent(double Flux, BandColour Colour, double X = 0, double Y = 0) : GalaxyComponent(Flux, Colour)
{
    internal override bool IsPointSource => true;

    /// <summary>Without a PSF, the light of a point falls in the pixel that holds it.</summary>
    internal override void Draw(float[] plane, int size)
    {
        CheckFlux("point source");
        float centre = (size - 1) / 2f;
        int col = (int)MathF.Round(centre + (float)X), row = (int)MathF.Round(centre + (float)Y);
        if (row >= 0 && row < size && col >= 0 && col < size) plane[row * size + col] += (float)Flux;
    }

    internal void Draw(float[] plane, int size, MoffatPsf psf)
    {
        CheckFlux("point source");
        psf.DrawPoint(plane, size, X, Y, (float)Flux);
    }
}
